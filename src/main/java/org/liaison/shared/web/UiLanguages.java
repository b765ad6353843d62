package org.liaison.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The languages of the user interface, each named in itself; English is the default. */
public final class UiLanguages {

    /** In the order the language switcher shows them. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("zh"), Locale.forLanguageTag("ja"));

    public static final Locale DEFAULT = Locale.ENGLISH;

    private UiLanguages() {}

    /** The supported language of a locale ("zh-CN" gives "zh"), if there is one. */
    public static Optional<Locale> supported(@Nullable Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    /** The best supported language for an Accept-Language header, or English. */
    public static Locale fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() <= 0 || range.getRange().equals("*")) {
                    continue;
                }
                var match = supported(Locale.forLanguageTag(range.getRange()));
                if (match.isPresent()) {
                    return match.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        return DEFAULT;
    }

    /** The language's own name: English, Русский, 中文, 日本語. */
    public static String nativeName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage()
                : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
