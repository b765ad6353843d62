package org.liaison.directory.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.search.OrganizationHit;

/** An organization found by a search: its primary name, other names, kind and place. */
@Schema(name = "OrganizationHit")
record OrganizationHitJson(UUID id, String name, @Nullable String lang, List<String> otherNames,
        @Schema(example = "technopark") String kind, @Nullable String country, @Nullable String city, String href) {

    static OrganizationHitJson of(OrganizationHit hit) {
        return new OrganizationHitJson(hit.id(), hit.name(), hit.lang(), hit.otherNames(), hit.kind().label(),
                hit.country(), hit.city(), ApiFormats.BASE + "/organizations/" + hit.id());
    }
}
