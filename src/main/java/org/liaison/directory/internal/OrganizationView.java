package org.liaison.directory.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;

/** An organization as the pages and the API show it. */
public record OrganizationView(UUID id, long version, OrganizationKind kind, @Nullable String country,
        @Nullable String city, @Nullable String website, @Nullable String description, List<NameInput> names,
        List<NameInput> aliases, Set<String> technologyAreas, @Nullable UUID mergedInto, Instant createdAt,
        Instant updatedAt) {

    public String primaryName() {
        return names.stream().filter(NameInput::primary).map(NameInput::text).findFirst()
                .orElse(names.isEmpty() ? "" : names.get(0).text());
    }

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.getId(), o.getVersion(), o.getKind(), o.getCountry(), o.getCity(),
                o.getWebsite(), o.getDescription(), o.officialNames().stream().map(NameInput::of).toList(),
                o.aliases().stream().map(NameInput::of).toList(), o.getTechnologyAreas(), o.getMergedInto(),
                o.getCreatedAt(), o.getUpdatedAt());
    }
}
