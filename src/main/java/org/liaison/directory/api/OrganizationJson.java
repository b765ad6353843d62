package org.liaison.directory.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.OrganizationView;

/** An organization as the API returns it. {@code links} lead to its people and relations. */
@Schema(name = "Organization")
record OrganizationJson(UUID id, long version,
        @Schema(example = "innovation hub") String kind,
        @Nullable String country, @Nullable String city, @Nullable String website, @Nullable String description,
        List<NameJson> names, List<AliasJson> aliases, Set<String> technologyAreas,
        @Nullable @Schema(description = "Set when this organization was merged into another one") UUID mergedInto,
        Instant createdAt, Instant updatedAt, Map<String, String> links) {

    static OrganizationJson of(OrganizationView o) {
        var self = ApiFormats.BASE + "/organizations/" + o.id();
        var links = new LinkedHashMap<String, String>();
        links.put("self", self);
        links.put("people", self + "/people");
        links.put("relations", self + "/relations");
        if (o.mergedInto() != null) {
            links.put("mergedInto", ApiFormats.BASE + "/organizations/" + o.mergedInto());
        }
        return new OrganizationJson(o.id(), o.version(), o.kind().label(), o.country(), o.city(), o.website(),
                o.description(), o.names().stream().map(NameJson::of).toList(),
                o.aliases().stream().map(AliasJson::of).toList(), o.technologyAreas(), o.mergedInto(),
                o.createdAt(), o.updatedAt(), links);
    }
}
