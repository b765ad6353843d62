package org.liaison.news.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A news item as the pages and the API show it.
 *
 * @param body the sanitized HTML of the body
 * @param organizations the linked organizations with the names the item shows for them
 * @param engagements the linked engagements the viewer may see, with their titles
 */
public record NewsView(UUID id, long version, String slug, String title, @Nullable String summary, String body,
        String lang, NewsStatus status, @Nullable Instant publishedAt, @Nullable Instant scheduledAt,
        @Nullable String sourceName, @Nullable String sourceUrl, List<TopicView> topics,
        List<LinkedOrganization> organizations, List<Named> people, List<Named> engagements, boolean sample,
        Instant createdAt, Instant updatedAt) {

    /** A linked record with its name; the name is null when the viewer may not see it. */
    public record Named(UUID id, @Nullable String name) {}

    /** The day of publication (UTC), for lists. */
    public java.time.@Nullable LocalDate publishedOn() {
        return publishedAt == null ? null : publishedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    public String path() {
        return "/news/" + slug;
    }
}
