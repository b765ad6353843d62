package org.liaison.engagements.web;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.internal.EngagementTexts;
import org.liaison.engagements.internal.EngagementView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Engagement texts in the reader's language for templates ({@code ${@engagementLabels.when(e)}}):
 * date and time in the engagement's own time zone, places, countries.
 */
@Component("engagementLabels")
class EngagementLabels {

    /** A choice of a select box. */
    record Option(String value, String label) {}

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    public String when(EngagementView e) {
        return EngagementTexts.when(e, locale());
    }

    public @Nullable String place(EngagementView e) {
        return EngagementTexts.place(e, locale());
    }

    public String date(@Nullable LocalDate date) {
        return EngagementTexts.date(date, locale());
    }

    /** A moment in the reader's language, in UTC. */
    public String instant(java.time.@Nullable Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(java.time.ZoneOffset.UTC).format(instant) + " UTC";
    }

    public String country(@Nullable String code) {
        return EngagementTexts.country(code, locale());
    }

    /** Every ISO 3166-1 country, by its name in the reader's language. */
    public List<Option> countries() {
        var locale = locale();
        var collator = Collator.getInstance(locale);
        return java.util.Arrays.stream(Locale.getISOCountries())
                .map(code -> new Option(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Option::label, collator))
                .toList();
    }

    /** IANA time zones (region/city), for the form's list of suggestions. */
    public List<String> zones() {
        return ZONES;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
