package org.liaison.agreements;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.EngagementId;

/**
 * What a new agreement starts from, for {@link Agreements#draft(AgreementDraft)}.
 *
 * @param kind        what kind of agreement
 * @param title       a short title
 * @param subject     what it is about
 * @param languages   BCP 47 tags of the languages of its text ("en", "zh", "ru")
 * @param parties     two or more organizations
 * @param engagement  where it was (or will be) signed, if known
 * @param effectiveOn from when it applies, if known
 * @param expiresOn   until when it applies, if it expires
 * @param noticeDays  days before expiry when it counts as expiring (default 30)
 * @param sample      sample data, not a real agreement
 */
public record AgreementDraft(AgreementKind kind, String title, @Nullable String subject, List<String> languages,
        List<AgreementParty> parties, @Nullable EngagementId engagement, @Nullable LocalDate effectiveOn,
        @Nullable LocalDate expiresOn, @Nullable Integer noticeDays, boolean sample) {

    public AgreementDraft {
        languages = List.copyOf(languages);
        parties = List.copyOf(parties);
    }
}
