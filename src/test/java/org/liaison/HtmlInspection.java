package org.liaison;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a rendered page may not contain when user text went into it: markup that runs script,
 * loads a document or makes requests on its own. The rules hold for every page the templates
 * write themselves (scripts only as same-origin files, no inline handlers or styles: the CSP
 * forbids them), so anything they find came from input.
 * <p>
 * htmx attributes are the exception to "the templates never write it": our templates carry
 * {@code hx-get}, {@code hx-post}, {@code hx-trigger} and more, and an injected one runs requests
 * (or, with {@code hx-on}, code) in our pages. The inspection tells them apart by the templates
 * themselves ({@link OwnHtmx}): it parses every template under {@code templates/} and records, for
 * each element that carries htmx attributes, its tag, the names of those attributes, their values
 * (a literal value exactly; a Thymeleaf expression as a pattern: its literal path prefix, if any,
 * then anything) and which of them are always written (the literal ones). An element of a page is
 * clean when its htmx attributes fit one such template element: same tag, no name the template
 * element lacks, every value matching, every literal one present. We chose this over the two
 * other ways: comparing with the same page rendered without payloads breaks as soon as the data
 * changes the page (the sweep adds rows and pagination while it runs, and a created record has no
 * payload-free twin), and flagging htmx attributes only on elements whose attributes contain payload
 * text misses an attribute breakout that leaves the broken attribute empty ({@code " hx-get="…})
 * and needs the payloads, which a page inspected after the sweep (the lists) does not know. The
 * template rule needs neither and does not depend on the data. What it cannot see: an injected
 * element that copies one of our template elements' htmx attributes exactly (tag, names and a
 * value fitting the expression's pattern) — it then does what our own element does.
 */
final class HtmlInspection {

    /** Elements the templates never write; present means input became markup. */
    static final Set<String> FOREIGN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "portal", "base", "math", "xss", "isindex", "keygen", "bgsound", "marquee", "xml", "template", "noscript");

    /** Attributes holding a URL or code. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
            "code", "srcset", "background", "lowsrc", "dynsrc", "cite", "poster", "ping", "codebase", "classid",
            "archive", "longdesc", "usemap", "manifest", "icon", "imagesrcset", "xml:base", "to", "from", "values");

    /** SVG animation elements: they can set an attribute (a handler, a link) after the page was parsed. */
    static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatetransform", "animatemotion");

    /** What CSS may not contain (after escapes, comments and white space are gone): old IE script, bindings, imports, script URLs. */
    static final List<String> CSS_CODE = List.of("expression(", "javascript:", "vbscript:", "livescript:", "-moz-binding",
            "behavior:", "behaviour:", "@import");

    /**
     * The ids of the inert row templates our forms write for rows added in the page (names,
     * aliases, participants: {@code <template id="…-row">}); any other template is foreign.
     */
    static final Pattern OWN_TEMPLATE = Pattern.compile("(names|aliases|participant)-row");

    private HtmlInspection() {
    }

    /** What is wrong with the page, one line per finding; empty when it is clean. */
    static List<String> findings(String html) {
        var findings = new ArrayList<String>();
        // Netscape 4's JavaScript entities (&{…};) in attribute values: Thymeleaf writes every & of data as &amp;
        if (html.contains("&{")) {
            findings.add("JavaScript entity &{: " + abbreviate(html.substring(html.indexOf("&{"))));
        }
        var document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (FOREIGN_ELEMENTS.contains(tag) && !(tag.equals("template") && OWN_TEMPLATE.matcher(element.id()).matches())
                    || tag.contains(":")) {
                findings.add("element <" + tag + ">: " + abbreviate(element.outerHtml()));
            }
            if (tag.equals("script")) {
                String src = element.attr("src");
                boolean ownFile = src.startsWith("/") && !src.startsWith("//");
                if (!ownFile || !element.data().isBlank()) {
                    findings.add("script not from our files: " + abbreviate(element.outerHtml()));
                }
            }
            if (tag.equals("style") && !element.data().isBlank()) {
                findings.add("inline style element: " + abbreviate(element.outerHtml()));
            }
            if (tag.equals("meta") && element.hasAttr("http-equiv")
                    && !element.attr("http-equiv").equalsIgnoreCase("Content-Type")) {
                findings.add("meta http-equiv: " + abbreviate(element.outerHtml()));
            }
            if (tag.equals("link") && element.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet")
                    && !(element.attr("href").startsWith("/") && !element.attr("href").startsWith("//"))) {
                findings.add("foreign stylesheet: " + abbreviate(element.outerHtml()));
            }
            if (ANIMATIONS.contains(tag)) {
                String target = element.attr("attributeName").strip().toLowerCase(Locale.ROOT);
                if (target.startsWith("on") || target.endsWith("href") || target.equals("style")) {
                    findings.add("animation of " + target + ": " + abbreviate(element.outerHtml()));
                }
            }
            for (var node : element.childNodes()) {
                // IE's conditional comments (<!--[if …]> and the bogus <![if …]>) run their content
                if (node instanceof Comment comment && comment.getData().strip().toLowerCase(Locale.ROOT).startsWith("[if")) {
                    findings.add("conditional comment: " + abbreviate(comment.outerHtml()));
                }
            }
            var htmx = new LinkedHashMap<String, String>();
            for (var attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.startsWith("hx-on") || name.equals("srcdoc")
                        || name.startsWith("data-hx-on")) {
                    findings.add("attribute " + name + " on <" + tag + ">: " + abbreviate(element.outerHtml()));
                } else if (name.startsWith("hx-") || name.startsWith("data-hx-")) {
                    htmx.put(name, attribute.getValue());
                }
                if ((URL_ATTRIBUTES.contains(name) || name.endsWith("-url") || name.endsWith("-href") || name.endsWith("-src"))
                        && scriptUrl(attribute.getValue())) {
                    findings.add("script URL in " + name + " of <" + tag + ">: " + abbreviate(element.outerHtml()));
                }
                if (name.equals("style") && scriptCss(attribute.getValue())) {
                    findings.add("script in the style of <" + tag + ">: " + abbreviate(element.outerHtml()));
                }
            }
            if (!htmx.isEmpty() && !OwnHtmx.TEMPLATES.fits(tag, htmx)) {
                findings.add("htmx attributes " + htmx.keySet() + " no template writes on <" + tag + ">: "
                        + abbreviate(element.outerHtml()));
            }
        }
        return findings;
    }

    /** A URL a browser would run or render as a document: javascript:, vbscript:, data:, after the browser's own clean-up. */
    static boolean scriptUrl(String value) {
        var cleaned = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > ' ' && c != '\u007f') {
                cleaned.append(c);
            }
        }
        // old IE took a backtick for a quote
        String url = cleaned.toString().toLowerCase(Locale.ROOT).replaceFirst("^`+", "");
        return url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("livescript:")
                || url.startsWith("data:") && !url.startsWith("data:image/png") && !url.startsWith("data:image/jpeg");
    }

    /** CSS that runs script or loads a binding or sheet, after its escapes ({@code \65 }), comments and white space are gone. */
    static boolean scriptCss(String css) {
        String flat = unescapeCss(css).replaceAll("(?s)/\\*.*?(\\*/|$)", "").replaceAll("[\\s\\x00-\\x1f\\x7f]+", "")
                .toLowerCase(Locale.ROOT);
        return CSS_CODE.stream().anyMatch(flat::contains);
    }

    /** CSS escapes resolved: a backslash and up to six hex digits (and one white space after them), or a backslash and a character. */
    static String unescapeCss(String css) {
        var out = new StringBuilder();
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c != '\\' || i + 1 == css.length()) {
                out.append(c);
                continue;
            }
            int j = i + 1;
            while (j < css.length() && j < i + 7 && Character.digit(css.charAt(j), 16) >= 0) {
                j++;
            }
            if (j == i + 1) {
                char next = css.charAt(j);
                if (next != '\n' && next != '\r' && next != '\f') {
                    out.append(next);
                }
                i = j;
                continue;
            }
            int code = Integer.parseInt(css.substring(i + 1, j), 16);
            out.appendCodePoint(code == 0 || code > Character.MAX_CODE_POINT || code >= 0xD800 && code <= 0xDFFF ? 0xFFFD : code);
            if (j < css.length() && Character.isWhitespace(css.charAt(j))) {
                j += css.startsWith("\r\n", j) ? 2 : 1;
            }
            i = j - 1;
        }
        return out.toString();
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    /**
     * The htmx attributes our templates write, element by element (see the class comment): read
     * once from every {@code templates/**}{@code /*.html} on the class path.
     */
    static final class OwnHtmx {

        static final OwnHtmx TEMPLATES = load();

        /** One template element's htmx attributes: value patterns by name, and the names always written. */
        record Shape(String tag, Map<String, Pattern> values, Set<String> always) {

            boolean fits(String tag, Map<String, String> attributes) {
                return this.tag.equals(tag) && attributes.keySet().containsAll(always)
                        && attributes.entrySet().stream().allMatch(a -> values.containsKey(a.getKey())
                                && values.get(a.getKey()).matcher(a.getValue()).matches());
            }
        }

        final List<Shape> shapes;

        OwnHtmx(List<Shape> shapes) {
            this.shapes = List.copyOf(shapes);
        }

        boolean fits(String tag, Map<String, String> attributes) {
            return shapes.stream().anyMatch(s -> s.fits(tag, attributes));
        }

        static OwnHtmx load() {
            try {
                var shapes = new ArrayList<Shape>();
                for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
                    try (InputStream in = resource.getInputStream()) {
                        shapes.addAll(shapes(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
                if (shapes.isEmpty()) {
                    throw new IllegalStateException("no htmx attributes in templates/: the templates are not on the class path");
                }
                return new OwnHtmx(shapes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The htmx shapes of one template. Parsed as XML so that every element keeps its
         * attributes wherever it stands (an HTML parser drops a fragment's {@code <tr>} outside a table).
         */
        static List<Shape> shapes(String template) {
            var shapes = new ArrayList<Shape>();
            for (Element element : Jsoup.parse(template, "", Parser.xmlParser()).getAllElements()) {
                var values = new HashMap<String, Pattern>();
                var always = new HashSet<String>();
                for (var attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    if (htmx(name)) {
                        values.putIfAbsent(name, Pattern.compile(Pattern.quote(attribute.getValue()), Pattern.DOTALL));
                        always.add(name);
                    }
                }
                for (var attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String plain = name.startsWith("th:") ? name.substring(3) : name.startsWith("data-th-") ? name.substring(8) : name;
                    if (!plain.equals(name) && htmx(plain)) {
                        // a th: attribute replaces the literal one, and null drops it
                        values.put(plain, expression(attribute.getValue()));
                        always.remove(plain);
                    }
                    if (plain.equals("attr")) {
                        assignments(attribute.getValue()).forEach((n, e) -> {
                            if (htmx(n)) {
                                values.put(n, expression(e));
                                always.remove(n);
                            }
                        });
                    }
                }
                if (!values.isEmpty()) {
                    shapes.add(new Shape(element.normalName().toLowerCase(Locale.ROOT), values, always));
                }
            }
            return shapes;
        }

        static boolean htmx(String name) {
            return (name.startsWith("hx-") || name.startsWith("data-hx-")) && !name.startsWith("hx-on") && !name.startsWith("data-hx-on");
        }

        /**
         * What a Thymeleaf expression may render: a link expression with a literal path renders
         * that path first ({@code @{/forum/events/{id}/schedule(…)}} → {@code /forum/events/…});
         * anything else may render anything.
         */
        static Pattern expression(String expression) {
            String e = expression.strip();
            if (e.startsWith("@{/")) {
                int end = 2;
                while (end < e.length() && "{}()$*#?".indexOf(e.charAt(end)) < 0) {
                    end++;
                }
                return Pattern.compile(Pattern.quote(e.substring(2, end)) + ".*", Pattern.DOTALL);
            }
            return Pattern.compile(".*", Pattern.DOTALL);
        }

        /** The name=expression pairs of a {@code th:attr}, split at the commas outside brackets and quotes. */
        static Map<String, String> assignments(String attr) {
            var pairs = new LinkedHashMap<String, String>();
            int depth = 0;
            boolean quoted = false;
            int start = 0;
            for (int i = 0; i <= attr.length(); i++) {
                char c = i < attr.length() ? attr.charAt(i) : ',';
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted && "({[".indexOf(c) >= 0) {
                    depth++;
                } else if (!quoted && ")}]".indexOf(c) >= 0) {
                    depth--;
                } else if (!quoted && depth == 0 && c == ',') {
                    String pair = attr.substring(start, i);
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        pairs.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1).strip());
                    }
                    start = i + 1;
                }
            }
            return pairs;
        }
    }
}
