package org.liaison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a rendered page may not contain when user text went into it: markup that runs script. The
 * rules hold for every page the templates write themselves (scripts only as same-origin files, no
 * inline handlers: the CSP forbids them), so anything they find came from input.
 */
final class HtmlInspection {

    /** Elements the templates never write; present means input became markup. */
    static final Set<String> FOREIGN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "portal", "base", "math", "xss", "isindex", "keygen", "bgsound", "marquee", "xml", "template");

    /** Attributes holding a URL or code. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
            "code", "srcset", "background", "lowsrc", "dynsrc", "cite", "poster", "ping");

    /**
     * The ids of the inert row templates our forms write for rows added in the page (names,
     * aliases, participants: {@code <template id="…-row">}); any other template is foreign.
     */
    static final java.util.regex.Pattern OWN_TEMPLATE = java.util.regex.Pattern.compile("(names|aliases|participant)-row");

    private HtmlInspection() {
    }

    /** What is wrong with the page, one line per finding; empty when it is clean. */
    static List<String> findings(String html) {
        var findings = new ArrayList<String>();
        var document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (FOREIGN_ELEMENTS.contains(tag) && !(tag.equals("template") && OWN_TEMPLATE.matcher(element.id()).matches())) {
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
            for (var attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.startsWith("hx-on") || name.equals("srcdoc")
                        || name.startsWith("data-hx-on")) {
                    findings.add("attribute " + name + " on <" + tag + ">: " + abbreviate(element.outerHtml()));
                }
                if (URL_ATTRIBUTES.contains(name) && scriptUrl(attribute.getValue())) {
                    findings.add("script URL in " + name + " of <" + tag + ">: " + abbreviate(element.outerHtml()));
                }
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
        String url = cleaned.toString().toLowerCase(Locale.ROOT);
        return url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:")
                && !url.startsWith("data:image/png") && !url.startsWith("data:image/jpeg");
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
