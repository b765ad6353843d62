package org.liaison.agreements;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;

/** An agreement as other modules see it. */
public record AgreementSummary(AgreementId id, AgreementKind kind, String title, AgreementStatus status,
        List<OrganizationId> parties, @Nullable LocalDate signedOn, @Nullable LocalDate effectiveOn,
        @Nullable LocalDate expiresOn, boolean sample) {

    public AgreementSummary {
        parties = List.copyOf(parties);
    }
}
