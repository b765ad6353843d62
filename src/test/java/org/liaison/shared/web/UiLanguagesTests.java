package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class UiLanguagesTests {

    @Test
    void takesTheFirstOfTheFourLanguagesTheBrowserAsksFor() {
        assertThat(UiLanguages.fromAcceptLanguage("de-DE,ja;q=0.8,ru;q=0.9").getLanguage()).isEqualTo("ru");
        assertThat(UiLanguages.fromAcceptLanguage("zh-CN,zh;q=0.9").getLanguage()).isEqualTo("zh");
        assertThat(UiLanguages.fromAcceptLanguage("ja-JP").getLanguage()).isEqualTo("ja");
    }

    @Test
    void fallsBackToEnglishForOtherLanguagesMissingOrMalformedHeaders() {
        assertThat(UiLanguages.fromAcceptLanguage("de-DE,fr;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguages.fromAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguages.fromAcceptLanguage("*")).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguages.fromAcceptLanguage(";;q=x,,")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void namesEachLanguageInItself() {
        assertThat(UiLanguages.SUPPORTED).extracting(UiLanguages::nativeName)
                .containsExactly("English", "Русский", "中文", "日本語");
    }

    @Test
    void mapsRegionalVariantsToTheirLanguageAndRejectsOthers() {
        assertThat(UiLanguages.supported(Locale.forLanguageTag("zh-TW"))).hasValue(Locale.forLanguageTag("zh"));
        assertThat(UiLanguages.supported(Locale.GERMAN)).isEmpty();
        assertThat(UiLanguages.supported(null)).isEmpty();
    }
}
