package org.liaison.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.liaison.directory.search.Readings.Script;

class ReadingsTests {

    final Readings readings = Readings.shared();

    @Test
    void readsCyrillicWithBgnAndPlainTransliteration() {
        assertThat(readings.of("Академгородок", "ru")).contains("akademgorodok");
        assertThat(readings.of("Фонд «Сколково»", "ru")).contains("fond skolkovo");
        // BGN and the plain Any-Latin differ on letters such as Щ, Х and Й.
        assertThat(readings.of("Щукино Хабаровск Йошкар-Ола", "ru"))
                .contains("shchukino khabarovsk yoshkar ola", "sukino habarovsk joskar ola");
    }

    @Test
    void dropsSoftAndHardSignMarksInsteadOfSplittingWords() {
        assertThat(readings.of("Тверь", "ru")).contains("tver");
        assertThat(readings.of("Объединённая", "ru")).contains("obyedinennaya");
    }

    @Test
    void readsChinesePinyinWithoutTonesSpacedByWordAndJoined() {
        assertThat(readings.of("中关村", "zh")).contains("zhong guan cun", "zhongguancun");
        assertThat(readings.of("中关村软件园", "zh-Hans"))
                .contains("zhong guan cun ruan jian yuan", "zhongguancunruanjianyuan");
        assertThat(readings.of("清华大学", "zh")).contains("qing hua da xue", "qinghuadaxue");
        assertThat(readings.of("清华大学", "zh")).allMatch(r -> r.chars().allMatch(c -> c < 0x80));
    }

    @Test
    void readsJapaneseThroughKuromojiWithLongVowelsShortened() {
        assertThat(readings.of("東北大学", "ja")).contains("touhoku daigaku", "tohoku daigaku", "tohokudaigaku");
        assertThat(readings.of("東京", "ja")).contains("toukyou", "tokyo");
        assertThat(readings.of("東芝", "ja")).contains("toshiba");
        assertThat(readings.of("三菱", "ja")).contains("mitsubishi");
        assertThat(readings.of("日立製作所", "ja")).contains("hitachi seisaku sho", "hitachiseisakusho");
    }

    @Test
    void readsNipponAlsoAsNihon() {
        assertThat(readings.of("日本電気", "ja")).contains("nippon denki", "nihon denki", "nihondenki");
    }

    @Test
    void writesHepburnMBeforeLabials() {
        assertThat(readings.of("新橋", "ja")).contains("shinbashi", "shimbashi");
    }

    @Test
    void decidesJapaneseByKanaWithoutALanguageTag() {
        assertThat(readings.of("トヨタ自動車", null)).anyMatch(r -> r.startsWith("toyota"));
        assertThat(readings.of("とうきょう", null)).contains("tokyo");
    }

    @Test
    void readsUntaggedHanBothAsChineseAndAsJapanese() {
        assertThat(readings.of("東北大学", null)).contains("dong bei da xue", "tohoku daigaku");
    }

    @Test
    void readsTaggedHanOnlyInItsLanguage() {
        assertThat(readings.of("東北大学", "ja")).doesNotContain("dong bei da xue");
        assertThat(readings.of("中关村", "zh")).noneMatch(r -> r.contains("chuu") || r.contains("chu kan"));
    }

    @Test
    void decidesByScriptWhenTheTagDoesNotFitTheText() {
        assertThat(readings.of("Академгородок", "en")).contains("akademgorodok");
    }

    @Test
    void foldsLatinDiacriticsAndOmitsReadingsEqualToTheName() {
        assertThat(readings.of("Zürich Straße", "de")).containsExactly("zurich strasse");
        assertThat(readings.of("Toshiba", "en")).isEmpty();
        assertThat(readings.of("Z-Park", null)).isEmpty();
    }

    @Test
    void readsOtherScriptsWithAnyLatin() {
        assertThat(readings.of("Αθήνα", "el")).contains("athena");
    }

    @Test
    void hasNoReadingsForTextWithoutLetters() {
        assertThat(readings.of("   ", null)).isEmpty();
        assertThat(readings.of("2012", null)).isEmpty();
    }

    @Test
    void keysCompareNamesRegardlessOfCasePunctuationWidthAndDiacritics() {
        assertThat(Readings.key("Z-Park")).isEqualTo(Readings.key("z park")).isEqualTo("zpark");
        assertThat(Readings.key("Фонд «Сколково»")).isEqualTo("фондсколково");
        assertThat(Readings.key("ＮＥＣ")).isEqualTo("nec");
        assertThat(Readings.key("Zürich")).isEqualTo("zurich");
        assertThat(Readings.key("清华大学")).isEqualTo("清华大学");
        // Japanese voiced marks are not diacritics to fold.
        assertThat(Readings.key("ガ")).isEqualTo("ガ");
    }

    @Test
    void leadKeysAreTheKeysOfTheLeadingWords() {
        assertThat(Readings.leadKeys("Skolkovo Foundation")).containsExactly("skolkovo", "skolkovofoundation");
        assertThat(Readings.leadKeys("Фонд «Сколково»")).containsExactly("фонд", "фондсколково");
        assertThat(Readings.leadKeys("清华大学")).containsExactly("清华大学");
        assertThat(Readings.leadKeys("a b c d e f g h i j")).hasSize(8);
    }

    @Test
    void keysIncludeTheKeysOfEveryReading() {
        assertThat(readings.keys("Сколково", "ru")).contains("сколково", "skolkovo");
        assertThat(readings.keys("東北大学", "ja")).contains("東北大学", "tohokudaigaku", "touhokudaigaku");
    }

    @Test
    void tellsScripts() {
        assertThat(Readings.scriptOf("Toshiba")).isEqualTo(Script.LATIN);
        assertThat(Readings.scriptOf("Сколково")).isEqualTo(Script.CYRILLIC);
        assertThat(Readings.scriptOf("清华大学")).isEqualTo(Script.HAN);
        assertThat(Readings.scriptOf("東京タワー")).isEqualTo(Script.JAPANESE);
        assertThat(Readings.scriptOf("NEC 株式会社")).isEqualTo(Script.HAN);
        assertThat(Readings.scriptOf("123")).isEqualTo(Script.NONE);
    }

    @Test
    void givesTheSameReadingsFromManyThreads() throws Exception {
        var names = List.of("東北大学", "中关村软件园", "Академгородок", "Zürich", "日本経済団体連合会", "联想");
        var expected = names.stream().map(n -> readings.of(n, null)).toList();
        var tasks = new ArrayList<Callable<List<List<String>>>>();
        for (int t = 0; t < 8; t++) {
            tasks.add(() -> {
                var results = new ArrayList<List<String>>();
                for (int i = 0; i < 50; i++) {
                    results.add(readings.of(names.get(i % names.size()), null));
                }
                return results;
            });
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (var future : pool.invokeAll(tasks)) {
                var results = future.get();
                for (int i = 0; i < results.size(); i++) {
                    assertThat(results.get(i)).isEqualTo(expected.get(i % names.size()));
                }
            }
        }
    }
}
