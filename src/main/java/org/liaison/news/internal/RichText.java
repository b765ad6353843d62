package org.liaison.news.internal;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich text of news items, cleaned with an allow-list (OWASP java-html-sanitizer): paragraphs,
 * headings, lists, quotes, emphasis and links. No scripts, styles, frames, forms, images or event
 * handlers; links only to http, https and mailto, and each link gets
 * {@code rel="nofollow noopener noreferrer"}. Whatever is not on the list is dropped, its text kept.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup",
                    "blockquote", "q", "cite", "ul", "ol", "li", "code", "pre", "hr", "a", "figure", "figcaption")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("lang").globally()
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RichText() {}

    /** The HTML cleaned by the allow-list; safe to insert into a page unescaped. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /**
     * Plain text turned into paragraphs: blank lines separate paragraphs, each escaped. For text
     * pasted without markup, such as the seed article.
     */
    public static String fromPlainText(String text) {
        var html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(SPACES.matcher(paragraph.strip()).replaceAll(" "))).append("</p>\n");
            }
        }
        return sanitize(html.toString());
    }

    /** The text of sanitized HTML, for excerpts and mail: tags dropped, entities of the sanitizer decoded. */
    public static String toPlainText(String sanitizedHtml) {
        String text = TAGS.matcher(sanitizedHtml.replace("</p>", "\n\n").replace("<br />", "\n")).replaceAll("");
        return text.replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#43;", "+").replace("&#61;", "=").replace("&#64;", "@").replace("&#96;", "`")
                .replace("&amp;", "&").strip();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    }
}
