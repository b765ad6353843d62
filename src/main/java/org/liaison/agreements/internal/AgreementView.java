package org.liaison.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementStatus;

/**
 * An agreement as the API and the pages show it. Names of organizations and people the viewer may
 * not see are null. {@code allowedTransitions} are those a person may ask for now.
 */
public record AgreementView(UUID id, long version, AgreementKind kind, String title, @Nullable String subject,
        List<String> languages, AgreementStatus status, List<PartyView> parties, @Nullable LocalDate signedOn,
        @Nullable LocalDate effectiveOn, @Nullable LocalDate expiresOn, int noticeDays, @Nullable UUID engagementId,
        @Nullable UUID predecessorId, @Nullable UUID successorId, boolean sample, List<String> allowedTransitions,
        List<HistoryView> history, Instant updatedAt) {

    public record PartyView(UUID organizationId, @Nullable String name, @Nullable String country, String role,
            @Nullable UUID signatoryId, @Nullable String signatoryName) {}

    public record HistoryView(@Nullable AgreementStatus from, AgreementStatus to, LocalDate on, String by) {}
}
