package org.liaison.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing of what turns the user's search text into terms (RELIABILITY item 15): the readings of
 * the text in other scripts (ICU transliteration, pinyin, Kuromoji readings), its exact key, the
 * keys of its words and whether it may be relaxed. No query parser is involved: the text only ever
 * becomes terms of match predicates, so no text is refused and none may throw. {@code
 * ApiFuzzIntegrationTests#search} sends the same kind of text through the search API and the
 * index. In the normal build this replays the seeds and every input the fuzzer found
 * ({@code SearchTextFuzzTestsInputs/}); {@code ./mvnw test -Pfuzz} fuzzes it for 60 s.
 */
class SearchTextFuzzTests {

    static final String[] LANGS = {"", "en", "ru", "zh", "ja"};

    @FuzzTest(maxDuration = "60s")
    void readings(FuzzedDataProvider data) {
        String lang = LANGS[data.consumeInt(0, LANGS.length - 1)];
        String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
        var readings = Readings.shared();
        String key = Readings.key(text);
        assertThat(key).isNotNull();
        // lower case words of letters and digits separated by single spaces, as the index takes them
        // (Latin where ICU transliterates: a Greek word beside a Cyrillic one stays Greek in the BGN reading)
        assertThat(readings.of(text, lang.isEmpty() ? null : lang)).as("readings of %s", text)
                .allMatch(r -> r.matches("[\\p{L}\\p{N}]+( [\\p{L}\\p{N}]+)*") && r.equals(r.toLowerCase(Locale.ROOT)));
        assertThat(readings.keys(text, lang.isEmpty() ? null : lang)).doesNotContainNull();
        assertThat(Readings.leadKeys(text)).hasSizeLessThanOrEqualTo(8).doesNotContainNull();
        assertThat(Readings.scriptOf(text)).isNotNull();
        NameQueries.Strictness.canRelax(text);
        if (text.isBlank()) {
            assertThat(readings.of(text, null)).isEmpty();
        }
    }
}
