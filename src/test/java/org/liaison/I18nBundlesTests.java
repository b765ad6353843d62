package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message bundle named in {@code spring.messages.basename} exists in English (the default
 * file), Russian, Chinese and Japanese with exactly the same keys, and the three translations
 * are translations: not copies of the English, Russian in Cyrillic, Chinese and Japanese in CJK.
 */
class I18nBundlesTests {

    static final List<String> TRANSLATIONS = List.of("ru", "zh", "ja");

    /**
     * Keys whose translations may equal the English: brand names, codes, values made only of
     * placeholders. Keep this short; a real sentence never belongs here.
     */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "layout.brand");

    static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    @TestFactory
    Stream<DynamicTest> everyBundleIsTranslatedIntoEveryLanguage() throws IOException {
        var basenames = basenames();
        assertThat(basenames).as("spring.messages.basename").isNotEmpty();
        return basenames.stream().flatMap(basename -> Stream.of(
                DynamicTest.dynamicTest(basename + ": the four files have the same keys", () -> sameKeys(basename)),
                DynamicTest.dynamicTest(basename + ": no key twice in a file", () -> noDuplicateKeys(basename)),
                DynamicTest.dynamicTest(basename + ": ru, zh, ja are translations", () -> translated(basename))));
    }

    private static void sameKeys(String basename) throws IOException {
        var english = load(basename, null).stringPropertyNames();
        for (String language : TRANSLATIONS) {
            var translated = load(basename, language).stringPropertyNames();
            var missing = new TreeSet<>(english);
            missing.removeAll(translated);
            var extra = new TreeSet<>(translated);
            extra.removeAll(english);
            assertThat(missing).as("%s_%s lacks keys of %s.properties", basename, language, basename).isEmpty();
            assertThat(extra).as("%s_%s has keys that %s.properties lacks", basename, language, basename).isEmpty();
        }
    }

    private static void noDuplicateKeys(String basename) throws IOException {
        for (String language : languagesWithDefault()) {
            var seen = new HashSet<String>();
            var twice = new TreeSet<String>();
            for (String line : lines(basename, language)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys defined twice in %s", file(basename, language)).isEmpty();
        }
    }

    private static void translated(String basename) throws IOException {
        var english = load(basename, null);
        Map<String, List<String>> problems = new TreeMap<>();
        for (String language : TRANSLATIONS) {
            var translated = load(basename, language);
            for (String key : english.stringPropertyNames()) {
                String en = english.getProperty(key);
                String value = translated.getProperty(key);
                if (value == null || SAME_IN_EVERY_LANGUAGE.contains(key)) {
                    continue;
                }
                if (value.equals(en)) {
                    problems.computeIfAbsent(language, l -> new ArrayList<>()).add(key + " is a copy of the English");
                    continue;
                }
                boolean englishHasLetters = LETTER.matcher(PLACEHOLDER.matcher(en).replaceAll("")).find();
                if (!englishHasLetters) {
                    continue;
                }
                var script = language.equals("ru") ? CYRILLIC : CJK;
                if (!script.matcher(value).find()) {
                    problems.computeIfAbsent(language, l -> new ArrayList<>())
                            .add(key + " has no " + (language.equals("ru") ? "Cyrillic" : "CJK") + ": " + value);
                }
            }
        }
        assertThat(problems).as("untranslated messages in %s", basename).isEmpty();
    }

    static List<String> basenames() throws IOException {
        var settings = new Properties();
        try (InputStream in = resource("application.properties")) {
            settings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String value = settings.getProperty("spring.messages.basename", "");
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> languagesWithDefault() {
        var all = new ArrayList<String>();
        all.add(null);
        all.addAll(TRANSLATIONS);
        return all;
    }

    private static String file(String basename, String language) {
        return basename + (language == null ? "" : "_" + language) + ".properties";
    }

    private static Properties load(String basename, String language) throws IOException {
        var properties = new Properties();
        try (Reader reader = new InputStreamReader(resource(file(basename, language)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> lines(String basename, String language) throws IOException {
        try (InputStream in = resource(file(basename, language))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = I18nBundlesTests.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing on the classpath: " + name);
        }
        return in;
    }
}
