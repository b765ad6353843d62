package org.liaison.directory.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person in a list: names and description, without affiliations. */
public record PersonSummary(UUID id, long version, List<NameInput> names, @Nullable String description,
        Instant updatedAt) {

    public String primaryName() {
        return names.stream().filter(NameInput::primary).map(NameInput::text).findFirst()
                .orElse(names.isEmpty() ? "" : names.get(0).text());
    }

    static PersonSummary of(Person p) {
        return new PersonSummary(p.getId(), p.getVersion(), p.getNames().stream().map(NameInput::of).toList(),
                p.getDescription(), p.getUpdatedAt());
    }
}
