package org.liaison.news.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The allow-list of news text against more than a hundred classic XSS payloads
 * (src/test/resources/news/xss-payloads.txt): whatever goes in, what comes out, parsed as a
 * browser would parse it (jsoup), has no script or other active element, no event handler, no
 * style, and no link or source to javascript:, vbscript: or data:. And what editors need survives.
 */
class RichTextTests {

    static final List<String> ACTIVE_ELEMENTS = List.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "style", "link", "meta", "base", "form", "input", "button", "select", "textarea", "svg", "math",
            "img", "video", "audio", "source", "picture", "template", "portal", "xml", "isindex", "keygen", "body", "html", "head", "title", "noscript");

    /** Whitespace and control characters browsers ignore inside a URL scheme. */
    static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\s\\u0000-\\u001f]+");

    /** The scheme of an absolute URL (lower case already). */
    static final Pattern URL_SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    @TestFactory
    Stream<DynamicTest> nothingExecutableSurvivesAnyPayload() throws IOException {
        var payloads = payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(100);
        return payloads.stream().map(payload -> DynamicTest.dynamicTest(payload, () -> assertHarmless(payload)));
    }

    @Test
    void nothingExecutableSurvivesThePayloadsWrappedInAllowedMarkup() throws IOException {
        for (String payload : payloads()) {
            assertHarmless("<p><strong>" + payload + "</strong><a href=\"https://example.org\">" + payload + "</a></p>");
        }
    }

    @Test
    void keepsWhatEditorsWriteAndMakesLinksSafe() {
        String html = RichText.sanitize("<h3>First contacts</h3><p>Meetings at <strong>Keidanren</strong> and "
                + "<em>Toshiba</em>: <a href=\"https://www.keidanren.or.jp/\" target=\"_blank\">Keidanren</a>.</p>"
                + "<blockquote><p>“We see China as a strategic partner”</p></blockquote><ul><li>Hitachi</li><li>NEC</li></ul>");
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("h3").text()).isEqualTo("First contacts");
        assertThat(body.select("strong").text()).isEqualTo("Keidanren");
        assertThat(body.select("blockquote p").text()).contains("strategic partner");
        assertThat(body.select("li")).hasSize(2);
        var link = Objects.requireNonNull(body.selectFirst("a"));
        assertThat(link.attr("href")).isEqualTo("https://www.keidanren.or.jp/");
        assertThat(link.attr("rel").split(" ")).contains("nofollow", "noopener", "noreferrer");
    }

    @Test
    void keepsTheTextOfWhatItDropsAndEveryScript() {
        String html = RichText.sanitize("<div class=\"x\">Сколково и 清华大学 与 東芝</div><script>alert(1)</script>");
        assertThat(html).contains("Сколково и 清华大学 与 東芝").doesNotContain("alert");
        assertThat(RichText.toPlainText(html)).isEqualTo("Сколково и 清华大学 与 東芝");
    }

    @Test
    void turnsPlainTextIntoEscapedParagraphs() {
        String html = RichText.fromPlainText("First <b>para</b>\nstill first\n\nSecond & last");
        var paragraphs = Jsoup.parseBodyFragment(html).body().select("p");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0).text()).isEqualTo("First <b>para</b> still first");
        assertThat(paragraphs.get(0).select("b")).isEmpty();
        assertThat(paragraphs.get(1).text()).isEqualTo("Second & last");
    }

    /** The check itself is sharp: most payloads, not sanitized, fail it. */
    @Test
    void theCheckCatchesThePayloadsWhenNothingIsSanitized() throws IOException {
        var payloads = payloads();
        long caught = payloads.stream().filter(p -> {
            try {
                assertNothingExecutable(p);
                return false;
            } catch (AssertionError expected) {
                return true;
            }
        }).count();
        assertThat(caught).isGreaterThanOrEqualTo(payloads.size() * 9 / 10);
    }

    static void assertHarmless(String payload) {
        assertNothingExecutable(RichText.sanitize(payload));
    }

    static void assertNothingExecutable(String out) {
        var body = Jsoup.parseBodyFragment(out).body();
        var inside = body.getAllElements().stream().filter(e -> e != body).toList();
        for (String tag : ACTIVE_ELEMENTS) {
            assertThat(inside).as("<%s> in %s", tag, out).noneMatch(e -> e.normalName().equals(tag));
        }
        for (Element element : body.getAllElements()) {
            for (var attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = IGNORED_IN_SCHEME.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                assertThat(name).as("event handler in %s", out).doesNotStartWith("on");
                assertThat(name).as("style in %s", out).isNotEqualTo("style");
                assertThat(name).as("formaction, srcdoc in %s", out).isNotIn("formaction", "srcdoc", "srcset", "ping");
                assertThat(value).as("script URL in %s", out)
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:")
                        .doesNotContain("expression(");
                if (name.equals("href") || name.equals("src") || name.equals("cite") || name.endsWith(":href")) {
                    // A scheme is letters, digits, + - . before the first colon (WHATWG URL); anything else is
                    // a relative URL, even with a colon later ("DATAt/html,...:x" is a path, found by fuzzing).
                    var scheme = URL_SCHEME.matcher(value);
                    if (scheme.find()) {
                        assertThat(scheme.group(1)).as("URL scheme of %s in %s", name, out).isIn("http", "https", "mailto");
                    }
                }
                if (element.tagName().equals("a") && name.equals("href")) {
                    assertThat(element.attr("rel").split(" ")).as("rel of a link in %s", out).contains("noopener", "noreferrer");
                }
                if (element.tagName().equals("a")) {
                    assertThat(name).as("target of a link in %s", out).isNotEqualTo("target");
                }
            }
        }
    }

    static List<String> payloads() throws IOException {
        try (var in = RichTextTests.class.getResourceAsStream("/news/xss-payloads.txt")) {
            var lines = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            var payloads = new ArrayList<String>();
            for (String line : lines) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    payloads.add(line);
                }
            }
            return payloads;
        }
    }
}
