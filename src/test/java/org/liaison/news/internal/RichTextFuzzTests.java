package org.liaison.news.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jsoup.Jsoup;

/**
 * Fuzzing of the news body's allow-list (RELIABILITY item 15). A property, not just "no
 * exception": whatever HTML goes in, what comes out, parsed again as a browser would (jsoup), holds
 * only allowed elements, no event handler, no style, and no javascript:, vbscript: or data: URL
 * ({@link RichTextTests#assertNothingExecutable}); plain text turned into paragraphs holds
 * paragraphs only. The seeds are the XSS payloads of {@code news/xss-payloads.txt}; in the normal
 * build this replays them and every input the fuzzer found ({@code RichTextFuzzTestsInputs/}),
 * and {@code ./mvnw test -Pfuzz} fuzzes it for 60 s.
 */
class RichTextFuzzTests {

    /** The elements of the allow-list; jsoup adds none when it parses a fragment of them. */
    static final Set<String> ALLOWED = Set.of("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub",
            "sup", "blockquote", "q", "cite", "ul", "ol", "li", "code", "pre", "hr", "a", "figure", "figcaption");

    @FuzzTest(maxDuration = "60s")
    void sanitize(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);
        String out = RichText.sanitize(html);
        RichTextTests.assertNothingExecutable(out);
        var body = Jsoup.parseBodyFragment(out).body();
        assertThat(body.getAllElements().stream().filter(e -> e != body).map(e -> e.normalName()))
                .as("elements of %s", out).allMatch(ALLOWED::contains);
        // What the sanitizer lets through, sanitized again, stays as harmless (the page may show
        // a stored body after another round).
        RichTextTests.assertNothingExecutable(RichText.sanitize(out));
        RichText.toPlainText(out);
    }

    @FuzzTest(maxDuration = "60s")
    void fromPlainText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String out = RichText.fromPlainText(text);
        RichTextTests.assertNothingExecutable(out);
        var body = Jsoup.parseBodyFragment(out).body();
        assertThat(body.getAllElements().stream().filter(e -> e != body).map(e -> e.normalName()))
                .as("elements of %s", out).allMatch("p"::equals);
    }
}
