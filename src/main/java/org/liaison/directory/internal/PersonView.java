package org.liaison.directory.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person with their affiliations. */
public record PersonView(UUID id, long version, List<NameInput> names, @Nullable String description,
        List<AffiliationView> affiliations) {

    public String primaryName() {
        return names.stream().filter(NameInput::primary).map(NameInput::text).findFirst()
                .orElse(names.isEmpty() ? "" : names.get(0).text());
    }
}
