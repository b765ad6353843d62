package org.liaison.directory.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.AffiliationView;

/** A person's role at an organization over a period, with both names for display. */
@Schema(name = "Affiliation")
record AffiliationJson(UUID id, long version, UUID person, String personName, UUID organization,
        String organizationName, @Nullable @Schema(example = "President") String role, @Nullable LocalDate from,
        @Nullable LocalDate to) {

    static AffiliationJson of(AffiliationView a) {
        return new AffiliationJson(a.id(), a.version(), a.person(), a.personName(), a.organization(),
                a.organizationName(), a.role(), a.from(), a.to());
    }
}
