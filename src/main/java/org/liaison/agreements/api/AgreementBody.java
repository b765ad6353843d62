package org.liaison.agreements.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementParty;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;
import org.liaison.engagements.EngagementId;

/** A new or changed agreement, as JSON. */
record AgreementBody(@NotNull AgreementKind kind, @NotBlank @Size(max = 500) String title,
        @Nullable @Size(max = 4000) String subject, @Nullable List<String> languages,
        @NotNull @Size(min = 2, max = 20) List<@Valid PartyBody> parties, @Nullable UUID engagementId,
        @Nullable LocalDate effectiveOn, @Nullable LocalDate expiresOn, @Nullable Integer noticeDays,
        @Nullable Long version) {

    record PartyBody(@NotNull UUID organizationId, @NotBlank @Size(max = 100) String role, @Nullable UUID signatoryId) {}

    AgreementDraft toDraft() {
        return new AgreementDraft(kind, title, subject, languages == null ? List.of() : languages,
                parties.stream().map(p -> new AgreementParty(new OrganizationId(p.organizationId()), p.role(),
                        p.signatoryId() == null ? null : new PersonId(p.signatoryId()))).toList(),
                engagementId == null ? null : new EngagementId(engagementId), effectiveOn, expiresOn, noticeDays, false);
    }
}
