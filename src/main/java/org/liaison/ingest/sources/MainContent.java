package org.liaison.ingest.sources;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article in a web page as plain text: title on the first line, then one line per block
 * (paragraph, heading, list item). Navigation, headers, footers, forms, scripts and elements
 * whose class or id says menu, cookie, share, banner, sidebar or maintenance are dropped; when the
 * page marks its article ({@code <article>}, {@code <main>}, role=main) only that part is kept,
 * otherwise the element with the most paragraph text.
 */
public final class MainContent {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[-_\\s])(nav|navbar|menu|footer|header|cookie|consent|banner|share|sharing|social|sidebar|"
                    + "breadcrumbs?|related|comments?|subscribe|newsletter|maintenance|scroll|skip|toolbar|popup|modal|"
                    + "advert|ads|promo)([-_\\s]|$)");

    private MainContent() {
    }

    public static String of(String html, String baseUri) {
        return of(Jsoup.parse(html, baseUri));
    }

    public static String of(Document page) {
        String title = page.title().strip();
        page.select("script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, "
                + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]").remove();
        for (Element e : page.body().select("[class], [id]")) {
            if (e.parent() != null && (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())
                    && e != page.body()) {
                e.remove();
            }
        }
        Element main = page.selectFirst("article, main, [role=main], [itemprop=articleBody]");
        if (main == null) {
            main = densest(page.body());
        }
        var h1 = main.selectFirst("h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        }
        var out = new StringBuilder();
        if (!title.isBlank()) {
            out.append(title).append('\n').append('\n');
        }
        var text = blocks(main);
        if (text.startsWith(title)) {
            text = text.substring(title.length()).strip();
        }
        out.append(text);
        return out.toString().strip() + "\n";
    }

    /** The element whose direct paragraphs hold the most text. */
    private static Element densest(Element body) {
        Element best = body;
        int bestLength = 0;
        for (Element candidate : body.select("div, section, td, body")) {
            int length = 0;
            for (Element p : candidate.children()) {
                if (p.nameIs("p") || p.nameIs("ul") || p.nameIs("ol") || p.nameIs("h2") || p.nameIs("h3")) {
                    length += p.text().length();
                }
            }
            if (length > bestLength) {
                bestLength = length;
                best = candidate;
            }
        }
        return best;
    }

    private static String blocks(Element root) {
        var out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode t) {
                    var s = t.text();
                    if (!s.isBlank()) {
                        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                            out.append(s.startsWith(" ") ? "" : "");
                        }
                        out.append(s.replaceAll("\\s+", " "));
                    }
                } else if (node instanceof Element e) {
                    if (e.isBlock() || e.nameIs("br")) {
                        newline(out);
                    }
                    if (e.nameIs("li")) {
                        out.append("- ");
                    }
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e && (e.isBlock() || e.nameIs("p"))) {
                    newline(out);
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
