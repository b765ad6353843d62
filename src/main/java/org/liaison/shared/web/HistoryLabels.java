package org.liaison.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.HistoryVocabulary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Recorded values as history panels and the audit log show them: a coded value (an enum's
 * constant, or several joined by "; ") in the reader's language where a module's
 * {@link HistoryVocabulary} names its messages; anything else as recorded. Templates read it as
 * {@code @historyLabels}.
 */
@Component("historyLabels")
public class HistoryLabels {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final String SEPARATOR = "; ";

    private final List<HistoryVocabulary> vocabularies;
    private final MessageSource messages;

    HistoryLabels(ObjectProvider<HistoryVocabulary> vocabularies, MessageSource messages) {
        this.vocabularies = vocabularies.orderedStream().toList();
        this.messages = messages;
    }

    /** The value of the field in the current language, or as recorded. */
    public @Nullable String value(String field, @Nullable String value) {
        if (value == null) {
            return null;
        }
        var parts = value.split(SEPARATOR, -1);
        if (!Arrays.stream(parts).allMatch(p -> CODE.matcher(p).matches())) {
            return value;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return Arrays.stream(parts).map(p -> label(field, p, locale)).collect(Collectors.joining(SEPARATOR));
    }

    private String label(String field, String code, Locale locale) {
        for (var vocabulary : vocabularies) {
            if (vocabulary.field().equalsIgnoreCase(field)) {
                String text = messages.getMessage(vocabulary.keyPrefix() + code, null, null, locale);
                if (text != null) {
                    return text;
                }
            }
        }
        return code;
    }
}
