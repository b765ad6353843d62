package org.liaison.news.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.news.internal.NewsView;

/**
 * The newsroom's form as posted. Organizations, people and engagements are typed by name (one a
 * line) and looked up in the directory and the engagements; topics are chosen by id.
 *
 * @param version the version the editor edited; null when creating
 */
record NewsForm(
        @Nullable @Size(max = 500) String title,
        @Nullable @Size(max = 2000) String summary,
        @Nullable @Size(max = 150000) String body,
        @Nullable @Size(max = 16) String lang,
        @Nullable @Size(max = 300) String sourceName,
        @Nullable @Size(max = 2000) String sourceUrl,
        @Nullable List<UUID> topics,
        @Nullable @Size(max = 20000) String organizations,
        @Nullable @Size(max = 20000) String people,
        @Nullable @Size(max = 20000) String engagements,
        @Nullable Long version) {

    NewsForm {
        topics = topics == null ? List.of() : topics.stream().filter(Objects::nonNull).toList();
    }

    static NewsForm empty(String lang) {
        return new NewsForm("", "", "", lang, "", "", List.of(), "", "", "", null);
    }

    static NewsForm of(NewsView view) {
        return new NewsForm(view.title(), view.summary(), view.body(), view.lang(), view.sourceName(), view.sourceUrl(),
                view.topics().stream().map(t -> t.id()).toList(),
                String.join("\n", view.organizations().stream().map(o -> o.name()).toList()),
                String.join("\n", view.people().stream().map(p -> p.name()).filter(Objects::nonNull).toList()),
                String.join("\n", view.engagements().stream().map(e -> e.name()).filter(Objects::nonNull).toList()),
                view.version());
    }

    static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
