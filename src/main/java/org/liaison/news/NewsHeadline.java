package org.liaison.news;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A published news item as other modules list it.
 *
 * @param path the public page of the item, e.g. {@code /news/skolkovo-to-develop-cooperation-with-china-and-japan}
 * @param lang the BCP 47 language tag of the item's text
 */
public record NewsHeadline(NewsItemId id, String slug, String title, @Nullable String summary, String lang,
        Instant publishedAt, String path) {

    /** The day of publication (UTC). */
    public java.time.LocalDate publishedOn() {
        return publishedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
}
