package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.shared.HistoryVocabulary;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** Recorded coded values read in the reader's language; everything else stays as recorded. */
class HistoryLabelsTests {

    final HistoryLabels labels = labels();

    static HistoryLabels labels() {
        var messages = new StaticMessageSource();
        messages.addMessage("directory.kind.INNOVATION_HUB", Locale.ENGLISH, "Innovation hub");
        messages.addMessage("directory.kind.INNOVATION_HUB", Locale.forLanguageTag("ru"), "Инновационный центр");
        messages.addMessage("agreements.kind.MEMORANDUM_OF_UNDERSTANDING", Locale.forLanguageTag("ru"),
                "Меморандум о взаимопонимании");
        messages.addMessage("access.role.PARTNER", Locale.forLanguageTag("ru"), "Партнёр");
        messages.addMessage("access.role.ADMINISTRATOR", Locale.forLanguageTag("ru"), "Администратор");
        var beans = new StaticListableBeanFactory(Map.of(
                "organizationKinds", new HistoryVocabulary("kind", "directory.kind."),
                "agreementKinds", new HistoryVocabulary("kind", "agreements.kind."),
                "roles", new HistoryVocabulary("role", "access.role.")));
        return new HistoryLabels(beans.getBeanProvider(HistoryVocabulary.class), messages);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aCodedValueReadsInTheReadersLanguageFromTheVocabularyOfItsField() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(labels.value("kind", "INNOVATION_HUB")).isEqualTo("Инновационный центр");
        assertThat(labels.value("kind", "MEMORANDUM_OF_UNDERSTANDING")).isEqualTo("Меморандум о взаимопонимании");
        assertThat(labels.value("role", "ADMINISTRATOR; PARTNER")).isEqualTo("Администратор; Партнёр");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.value("kind", "INNOVATION_HUB")).isEqualTo("Innovation hub");
    }

    @Test
    void dataAndCodesWithoutAMessageStayAsRecorded() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(labels.value("kind", null)).isNull();
        assertThat(labels.value("city", "Moscow")).isEqualTo("Moscow");
        assertThat(labels.value("country", "JP")).isEqualTo("JP");
        assertThat(labels.value("kind", "NOT_A_KIND")).isEqualTo("NOT_A_KIND");
        assertThat(labels.value("name", "INNOVATION_HUB")).as("another field's value").isEqualTo("INNOVATION_HUB");
        assertThat(labels.value("role", "PARTNER; someone else")).isEqualTo("PARTNER; someone else");
    }
}
