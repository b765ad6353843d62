package org.liaison.fund.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.liaison.fund.core.CommitteeRules;
import org.liaison.fund.core.Decision;

/** The committee's closed decision on a deal: written once (its key is the deal), never changed. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Immutable
@Table(name = "deal_decision")
public class DealDecision {

    @Id
    @Column(name = "deal_id")
    private UUID deal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Decision.Outcome outcome;

    @Column(name = "votes_for", nullable = false) private int votesFor;
    @Column(name = "votes_against", nullable = false) private int votesAgainst;
    @Column(nullable = false) private int abstentions;
    @Column(nullable = false) private int eligible;
    @Column(nullable = false) private int excluded;
    @Column(nullable = false) private int quorum;
    @Column(name = "majority_numerator", nullable = false) private int majorityNumerator;
    @Column(name = "majority_denominator", nullable = false) private int majorityDenominator;

    @Column(name = "closed_by", nullable = false, length = 200)
    private String closedBy;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    protected DealDecision() {
        this.deal = UUID.randomUUID();
        this.outcome = Decision.Outcome.NO_QUORUM;
        this.closedBy = "";
        this.closedAt = Instant.EPOCH;
    }

    public DealDecision(UUID deal, Decision d, String closedBy) {
        this.deal = deal;
        this.outcome = d.outcome();
        this.votesFor = d.votesFor();
        this.votesAgainst = d.votesAgainst();
        this.abstentions = d.abstentions();
        this.eligible = d.eligible();
        this.excluded = d.excluded();
        this.quorum = d.rules().quorum();
        this.majorityNumerator = d.rules().majorityNumerator();
        this.majorityDenominator = d.rules().majorityDenominator();
        this.closedBy = closedBy;
        this.closedAt = d.closedAt();
    }

    public Decision decision() {
        return new Decision(outcome, votesFor, votesAgainst, abstentions, eligible, excluded,
                new CommitteeRules(quorum, majorityNumerator, majorityDenominator), closedAt);
    }

    public UUID getDeal() { return deal; }
    public String getClosedBy() { return closedBy; }
}
