package org.liaison.fund.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessControl;
import org.liaison.access.UserAccounts;
import org.liaison.fund.core.DealStage;
import org.liaison.fund.core.DueDiligence;
import org.liaison.fund.core.Money;
import org.liaison.shared.RuleViolationException;

/**
 * A breakthrough project in a fund's pipeline. CONFIDENTIAL to the committee group; the fund's
 * managers see it too ({@link FundAccess}). Its stage changes only through {@link #move}, and only
 * along the pipeline; approval and decline at the committee come from the closed decision.
 */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "deal")
public class Deal {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(name = "fund_id", nullable = false)
    private UUID fund;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "applicant_organization")
    private @Nullable UUID applicantOrganization;

    @Column(name = "applicant_name", nullable = false, length = 300)
    private String applicantName;

    @Column(nullable = false, length = 1000)
    private String areas;

    @Column(length = 2)
    private @Nullable String country;

    @Column(nullable = false, precision = 24, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private int readiness;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DealStage stage;

    @Column(length = 4000)
    private @Nullable String summary;

    @Column(nullable = false)
    private boolean sample;

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "deal_check", joinColumns = @JoinColumn(name = "deal_id"))
    @OrderColumn(name = "position")
    private List<DealCheck> checks = new ArrayList<>();

    @Embedded
    private AccessControl access = AccessControl.confidential(null, UserAccounts.COMMITTEE_GROUP);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Deal() {
        this.id = UUID.randomUUID();
        this.fund = UUID.randomUUID();
        this.title = "";
        this.applicantName = "";
        this.areas = "";
        this.amount = BigDecimal.ZERO;
        this.currency = "USD";
        this.stage = DealStage.SOURCED;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Deal(UUID fund, String title, @Nullable UUID applicantOrganization, String applicantName, List<String> areas,
            @Nullable String country, Money asked, int readiness, @Nullable String summary, boolean sample, Instant now) {
        this.id = UUID.randomUUID();
        this.fund = fund;
        this.title = title;
        this.applicantOrganization = applicantOrganization;
        this.applicantName = applicantName;
        this.areas = String.join(",", areas);
        this.country = country;
        this.amount = asked.amount();
        this.currency = asked.code();
        if (readiness < 1 || readiness > 9) {
            throw new RuleViolationException("invalid-readiness", "The readiness level is from 1 to 9 (TRL)");
        }
        this.readiness = readiness;
        this.summary = summary;
        this.stage = DealStage.SOURCED;
        this.sample = sample;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Moves along the pipeline; from due diligence to the committee only when no required item of
     * the fund's checklist is open for this deal.
     */
    public DealStage move(DealStage next, List<ChecklistItem> checklist, Instant now) {
        if (!stage.canMoveTo(next)) {
            throw new RuleViolationException("deal-stage-move", "A deal cannot move from " + stage + " to " + next);
        }
        if (next == DealStage.COMMITTEE) {
            var open = dueDiligence(checklist).openRequired();
            if (!open.isEmpty()) {
                var labels = open.stream().map(DueDiligence.Item::label).toList();
                throw new RuleViolationException("due-diligence-open",
                        "Required due diligence items are still open: " + String.join("; ", labels),
                        Map.of("openItems", labels));
            }
        }
        var from = stage;
        this.stage = next;
        this.updatedAt = now;
        return from;
    }

    /** The committee's closed decision sets the outcome. */
    public DealStage decided(boolean approved, Instant now) {
        if (stage != DealStage.COMMITTEE) {
            throw new RuleViolationException("deal-not-at-committee", "Only a deal at the committee is decided");
        }
        var from = stage;
        this.stage = approved ? DealStage.APPROVED : DealStage.DECLINED;
        this.updatedAt = now;
        return from;
    }

    /** Records an item of the fund's checklist done or not, by whom, when, with a note. */
    public void check(ChecklistItem item, boolean done, @Nullable String note, String by, Instant now) {
        var record = new DealCheck(item.number(), item.item(), done, by, now, note == null || note.isBlank() ? null : note.strip());
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).number() == item.number()) {
                checks.set(i, record);
                this.updatedAt = now;
                return;
            }
        }
        checks.add(record);
        this.updatedAt = now;
    }

    /** This deal's due diligence against the fund's current checklist. */
    public DueDiligence dueDiligence(List<ChecklistItem> checklist) {
        return new DueDiligence(checklist.stream().map(ChecklistItem::core).toList(), checks.stream().map(DealCheck::core).toList());
    }

    public UUID getId() { return id; }
    public long getVersion() { return version == null ? 0 : version; }
    public UUID getFund() { return fund; }
    public String getTitle() { return title; }
    public @Nullable UUID getApplicantOrganization() { return applicantOrganization; }
    public String getApplicantName() { return applicantName; }
    public List<String> getAreas() { return areas.isBlank() ? List.of() : Arrays.asList(areas.split(",")); }
    public @Nullable String getCountry() { return country; }
    public Money asked() { return Money.of(amount.stripTrailingZeros(), currency); }
    public int getReadiness() { return readiness; }
    public DealStage getStage() { return stage; }
    public @Nullable String getSummary() { return summary; }
    public boolean isSample() { return sample; }
    public List<DealCheck> getChecks() { return List.copyOf(checks); }
    public AccessControl getAccess() { return access; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
