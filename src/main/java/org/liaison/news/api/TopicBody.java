package org.liaison.news.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.news.internal.TopicNames;

/** A topic: its names in the four languages, an optional slug (from the English name by default) and position. */
record TopicBody(@Nullable @Size(max = 100) String slug,
        @NotBlank @Size(max = 200) String en, @NotBlank @Size(max = 200) String ru,
        @NotBlank @Size(max = 200) String zh, @NotBlank @Size(max = 200) String ja,
        @Nullable Integer position, @Nullable Long version) {

    TopicNames names() {
        return new TopicNames(en, ru, zh, ja);
    }
}
