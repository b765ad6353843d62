package org.liaison.agreements;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;

/**
 * A party to an agreement.
 *
 * @param organization the party
 * @param role         its role in the agreement, e.g. "hub", "partner", "licensor"
 * @param signatory    the person who signs (or signed) for it, when known
 */
public record AgreementParty(OrganizationId organization, String role, @Nullable PersonId signatory) {
}
