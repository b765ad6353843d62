package org.liaison.fund;

import java.util.Optional;

/**
 * The fund module's facade for other modules: propose a fund (e.g. the ingestion module, from an
 * accepted fact) and read a fund's public summary.
 */
public interface Funds {

    /**
     * Proposes a fund in status {@link FundStatus#PROPOSED}, or returns the existing fund of the
     * same name (idempotent, so a fact applied twice makes one fund). Refused (422) without
     * sponsors from two countries or with an unknown currency. The signed-in proposer becomes
     * one of its managers. Publishes {@link FundProposed}.
     */
    FundId propose(FundProposal proposal);

    /**
     * Moves a fund just proposed to {@link FundStatus#UNDER_CONSIDERATION} with the reason (e.g. the
     * press release says it is being considered); a fund already past that step stays as it is. Only
     * the fund's managers (its proposer among them) may.
     */
    void consider(FundId id, String reason);

    /** The fund's summary, when the current viewer may see the fund. */
    Optional<FundSummary> publicSummary(FundId id);

    /** A fund by its exact name, when the current viewer may see it. */
    Optional<FundId> fundNamed(String name);
}
