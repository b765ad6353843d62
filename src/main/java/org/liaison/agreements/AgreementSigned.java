package org.liaison.agreements;

import java.time.LocalDate;
import java.util.List;

import org.liaison.directory.OrganizationId;

/**
 * An agreement was signed (published once per signature, after the commit). The relationships
 * module moves the hub's relationship with each party to AGREEMENT.
 *
 * @param agreement the agreement
 * @param parties   every party organization, the hub included
 * @param signedOn  the date of signature
 */
public record AgreementSigned(AgreementId agreement, List<OrganizationId> parties, LocalDate signedOn) {

    public AgreementSigned {
        parties = List.copyOf(parties);
    }
}
