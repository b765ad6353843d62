package org.liaison.news.api;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.news.internal.NewsDraft;

/** A news item as written through the API; the body is HTML, cleaned by the allow-list on the server. */
record NewsBody(
        @NotNull @Size(max = 500) String title,
        @Nullable @Size(max = 2000) String summary,
        @NotNull @Size(max = 150000) @Schema(description = "HTML; scripts, styles, event handlers and javascript: links are removed") String body,
        @NotNull @Size(max = 16) @Schema(example = "en") String lang,
        @Nullable @Size(max = 300) String sourceName,
        @Nullable URI sourceUrl,
        @Nullable Set<UUID> topics,
        @Nullable List<UUID> organizations,
        @Nullable Set<UUID> people,
        @Nullable Set<UUID> engagements,
        @Nullable @Schema(description = "The version edited, when If-Match is not sent") Long version) {

    NewsDraft toDraft() {
        return new NewsDraft(title, summary, body, lang, sourceName, sourceUrl, topics, organizations, people, engagements);
    }
}
