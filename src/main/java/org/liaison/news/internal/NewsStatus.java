package org.liaison.news.internal;

import java.util.Locale;
import java.util.Optional;

/** Where a news item is in its life. Labels: {@code news.status.<NAME>}. */
public enum NewsStatus {
    DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN;

    public static Optional<NewsStatus> parse(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
