package org.liaison.directory.web;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.Countries;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of countries and languages in the reader's language, for templates
 * ({@code ${@directoryLabels.country('JP')}} is "Japan", "Япония", "日本" or "日本").
 */
@Component("directoryLabels")
class DirectoryLabels {

    /** A choice of a select box. */
    record Option(String value, String label) {}

    public String country(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.of("", code).getDisplayCountry(LocaleContextHolder.getLocale());
        return name.isBlank() ? code : name;
    }

    /** "ja" is "Japanese" in English and "日本語" in Japanese; an unknown tag stays as it is. */
    public String language(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        var locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayName(LocaleContextHolder.getLocale());
        return name.isBlank() ? tag : name;
    }

    /** A date in the reader's language: "Apr 26, 2012", "26 апр. 2012 г.", "2012/04/26". */
    public String date(@Nullable LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale())
                .format(date);
    }

    /** Every ISO 3166-1 country, by its name in the reader's language. */
    List<Option> countries() {
        var locale = LocaleContextHolder.getLocale();
        var collator = Collator.getInstance(locale);
        return Countries.all().stream()
                .map(code -> new Option(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Option::label, collator))
                .toList();
    }
}
