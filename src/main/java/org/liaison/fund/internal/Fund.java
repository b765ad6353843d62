package org.liaison.fund.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.liaison.fund.FundId;
import org.liaison.fund.FundStatus;
import org.liaison.fund.core.CommitteeRules;
import org.liaison.fund.core.Money;
import org.liaison.shared.RuleViolationException;

/**
 * A joint investment fund. SHARED with its named sponsors' organizations, so staff see that it
 * exists and a sponsor's partner users see it; its deals, votes and full ledger are confidential
 * (see {@link FundAccess}).
 */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "fund")
public class Fund {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private FundStatus status;

    @Column(name = "base_currency", nullable = false, length = 3)
    private String baseCurrency;

    @Column(name = "target_amount", precision = 24, scale = 4)
    private @Nullable BigDecimal targetAmount;

    @Column(nullable = false)
    private int quorum;

    @Column(name = "majority_numerator", nullable = false)
    private int majorityNumerator;

    @Column(name = "majority_denominator", nullable = false)
    private int majorityDenominator;

    @Column(name = "engagement_id")
    private @Nullable UUID engagement;

    @Column(name = "news_url", length = 1000)
    private @Nullable String newsUrl;

    @Column(name = "news_title", length = 500)
    private @Nullable String newsTitle;

    @Column(length = 4000)
    private @Nullable String description;

    @Column(nullable = false)
    private boolean sample;

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "fund_sponsor", joinColumns = @JoinColumn(name = "fund_id"))
    @OrderColumn(name = "position")
    private List<Sponsor> sponsors = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "fund_manager", joinColumns = @JoinColumn(name = "fund_id"))
    @Column(name = "user_id")
    private Set<UUID> managers = new LinkedHashSet<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "fund_committee_member", joinColumns = @JoinColumn(name = "fund_id"))
    @Column(name = "user_id")
    private Set<UUID> committee = new LinkedHashSet<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "fund_checklist_item", joinColumns = @JoinColumn(name = "fund_id"))
    @OrderColumn(name = "position")
    private List<ChecklistItem> checklist = new ArrayList<>();

    /** The number the next checklist item gets (numbers are never reused). */
    @Column(name = "checklist_next_item", nullable = false)
    private int checklistNextItem;

    @Embedded
    private AccessControl access = AccessControl.internal(null);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Fund() {
        this.id = UUID.randomUUID();
        this.name = "";
        this.status = FundStatus.PROPOSED;
        this.baseCurrency = "USD";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Fund(String name, FundStatus status, String baseCurrency, @Nullable Money target, List<Sponsor> sponsors,
            CommitteeRules rules, List<String> checklist, boolean sample, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.status = status;
        this.baseCurrency = Money.currency(baseCurrency).getCurrencyCode();
        if (target != null && !target.code().equals(this.baseCurrency)) {
            throw new RuleViolationException("target-not-in-base-currency", "The target size is given in the base currency");
        }
        this.targetAmount = target == null ? null : target.amount();
        this.sample = sample;
        rules(rules);
        sponsoredBy(sponsors);
        checklist.forEach(item -> addChecklistItem(item, true, now));
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sponsors from at least two countries; access follows the named sponsors. */
    public void sponsoredBy(List<Sponsor> newSponsors) {
        var countries = newSponsors.stream().map(Sponsor::country).collect(Collectors.toSet());
        if (countries.size() < 2) {
            throw new RuleViolationException("sponsors-from-two-countries", "A joint fund has sponsors from two or more countries");
        }
        sponsors.clear();
        sponsors.addAll(newSponsors);
        var organizations = sponsorOrganizations();
        this.access = AccessControl.shared(null, organizations);
    }

    public void rules(CommitteeRules rules) {
        this.quorum = rules.quorum();
        this.majorityNumerator = rules.majorityNumerator();
        this.majorityDenominator = rules.majorityDenominator();
    }

    public void moveTo(FundStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new RuleViolationException("fund-status-move", "A fund moves from " + status + " to the next status or to CLOSED, not to " + next);
        }
        this.status = next;
        this.updatedAt = now;
    }

    public void discussedAt(@Nullable UUID engagement, @Nullable String newsUrl, @Nullable String newsTitle) {
        this.engagement = engagement;
        this.newsUrl = newsUrl;
        this.newsTitle = newsTitle;
    }

    public void describe(@Nullable String description) {
        this.description = description;
    }

    /** Adds an item to the due diligence checklist; deals have it open until someone records it done. */
    public ChecklistItem addChecklistItem(String label, boolean required, Instant now) {
        var item = new ChecklistItem(checklistNextItem++, label(label), required);
        checklist.add(item);
        this.updatedAt = now;
        return item;
    }

    /** Renames an item or changes whether it is required; what deals recorded for it stays. */
    public void changeChecklistItem(int number, String label, boolean required, Instant now) {
        var index = checklistIndex(number);
        checklist.set(index, new ChecklistItem(number, label(label), required));
        this.updatedAt = now;
    }

    /** Removes an item: deals' records of it no longer count (they stay in the deal's history). */
    public void removeChecklistItem(int number, Instant now) {
        checklist.remove(checklistIndex(number));
        this.updatedAt = now;
    }

    public ChecklistItem checklistItem(int number) {
        return checklist.get(checklistIndex(number));
    }

    private int checklistIndex(int number) {
        for (int i = 0; i < checklist.size(); i++) {
            if (checklist.get(i).number() == number) {
                return i;
            }
        }
        throw new RuleViolationException("unknown-check", "No such checklist item: " + number);
    }

    private static String label(String label) {
        var stripped = label == null ? "" : label.strip();
        if (stripped.isEmpty() || stripped.length() > 300) {
            throw new RuleViolationException("checklist-item-label", "A checklist item has a label of 1 to 300 characters");
        }
        return stripped;
    }

    public void appointManager(UUID user) { managers.add(user); }
    public void appointCommitteeMember(UUID user) { committee.add(user); }
    public void touch(Instant now) { this.updatedAt = now; }

    public Set<UUID> sponsorOrganizations() {
        return sponsors.stream().map(Sponsor::organization).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public CommitteeRules committeeRules() { return new CommitteeRules(quorum, majorityNumerator, majorityDenominator); }
    public FundId id() { return new FundId(id); }
    public UUID getId() { return id; }
    public long getVersion() { return version == null ? 0 : version; }
    public String getName() { return name; }
    public FundStatus getStatus() { return status; }
    public String getBaseCurrency() { return baseCurrency; }
    public @Nullable Money target() { return targetAmount == null ? null : Money.of(targetAmount.stripTrailingZeros(), baseCurrency); }
    public @Nullable UUID getEngagement() { return engagement; }
    public @Nullable String getNewsUrl() { return newsUrl; }
    public @Nullable String getNewsTitle() { return newsTitle; }
    public @Nullable String getDescription() { return description; }
    public boolean isSample() { return sample; }
    public List<Sponsor> getSponsors() { return List.copyOf(sponsors); }
    public Set<UUID> getManagers() { return Set.copyOf(managers); }
    public Set<UUID> getCommittee() { return Set.copyOf(committee); }
    public List<ChecklistItem> getChecklist() { return List.copyOf(checklist); }
    public AccessControl getAccess() { return access; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
