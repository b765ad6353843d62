package org.liaison.agreements.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reminderDays how many days before a milestone or an expiry the reminder goes out (default 14)
 * @param reminderTo   the addresses reminders go to (e.g. the cooperation team's mailbox); none sends nothing
 * @param reminderLanguage the language of reminder mails: en, ru, zh or ja (default en)
 */
@ConfigurationProperties("liaison.agreements")
public record AgreementSettings(@Nullable Integer reminderDays, @Nullable List<String> reminderTo,
        @Nullable String reminderLanguage) {

    private static final List<String> LANGUAGES = List.of("en", "ru", "zh", "ja");

    public Locale locale() {
        return reminderLanguage != null && LANGUAGES.contains(reminderLanguage.strip().toLowerCase(Locale.ROOT))
                ? Locale.forLanguageTag(reminderLanguage.strip().toLowerCase(Locale.ROOT)) : Locale.ENGLISH;
    }

    public int days() {
        return reminderDays == null ? 14 : reminderDays;
    }

    public List<String> recipients() {
        return reminderTo == null ? List.of() : reminderTo.stream().filter(s -> !s.isBlank()).toList();
    }
}
