package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** How engagements read in a language: dates and times in their own time zone, places with country names. */
public final class EngagementTexts {

    private EngagementTexts() {}

    /** "Apr 26, 2012, 9:00 AM – 11:00 AM (Asia/Tokyo)": local time on site, and the zone. */
    public static String when(EngagementView e, Locale locale) {
        var dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        String text = dateTime.format(e.start());
        ZonedDateTime end = e.end();
        if (end != null) {
            text += " – " + (end.toLocalDate().equals(e.start().toLocalDate())
                    ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(end)
                    : dateTime.format(end));
        }
        return text + " (" + e.timeZone() + ")";
    }

    /** A date in the reader's language. */
    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** "Keidanren Kaikan, Tokyo, Japan", or null when nothing is known. */
    public static @Nullable String place(EngagementView e, Locale locale) {
        var parts = new ArrayList<String>();
        if (e.place() != null) {
            parts.add(e.place());
        }
        if (e.city() != null) {
            parts.add(e.city());
        }
        if (e.country() != null) {
            parts.add(country(e.country(), locale));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    public static String country(@Nullable String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }
}
