package org.liaison.agreements;

import java.time.LocalDate;
import java.util.List;

import org.liaison.directory.OrganizationId;

/**
 * An agreement stopped being in force: it EXPIRED (its expiry date passed) or was TERMINATED. A
 * renewal does not publish this: the successor carries the cooperation on.
 *
 * @param agreement the agreement
 * @param parties   every party organization
 * @param status    EXPIRED or TERMINATED
 * @param endedOn   the day it ended
 */
public record AgreementEnded(AgreementId agreement, List<OrganizationId> parties, AgreementStatus status,
        LocalDate endedOn) {

    public AgreementEnded {
        parties = List.copyOf(parties);
    }
}
