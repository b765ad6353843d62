package org.liaison.news.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an editor writes: the text, its language and source, and the links by id. Checked by
 * {@link NewsService}: a title, a body, a known language, known topics and organizations.
 */
public record NewsDraft(String title, @Nullable String summary, String body, String lang, @Nullable String sourceName,
        @Nullable URI sourceUrl, Set<UUID> topics, List<UUID> organizations, Set<UUID> people, Set<UUID> engagements) {

    public NewsDraft {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        lang = lang == null ? "" : lang;
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        people = people == null ? Set.of() : Set.copyOf(people);
        engagements = engagements == null ? Set.of() : Set.copyOf(engagements);
    }
}
