package org.liaison.agreements;

import java.util.List;
import java.util.Optional;

import org.liaison.directory.OrganizationId;

/**
 * What other modules do with agreements: start a draft (e.g. an MoU from an accepted fact) and
 * read an organization's agreements. Reads are limited to what the current viewer may see (a
 * partner sees only agreements its organization is party to); drafting needs a cooperation
 * manager, an administrator or a system viewer.
 */
public interface Agreements {

    /**
     * Creates a DRAFT agreement. Refused with a {@code RuleViolationException} (422) when it has
     * fewer than two parties, an unknown party or an expiry before its effective date.
     */
    AgreementId draft(AgreementDraft draft);

    /** An agreement the viewer may see. */
    Optional<AgreementSummary> find(AgreementId id);

    /** The agreements an organization is party to that the viewer may see, latest first. */
    List<AgreementSummary> ofOrganization(OrganizationId organization);
}
