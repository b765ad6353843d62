package org.liaison.fund.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.FundStatus;
import org.liaison.fund.core.DealStage;
import org.liaison.fund.core.Decision;
import org.liaison.fund.core.EntryKind;
import org.liaison.fund.core.VoteChoice;

/** What pages and the API show of funds: records, never entities. Amounts are exact decimal strings in JSON. */
public final class FundViews {

    private FundViews() {}

    /** An amount and its ISO 4217 currency. */
    public record Amount(BigDecimal amount, String currency) {}

    public record SponsorView(@Nullable UUID organization, @Nullable String name, String country, boolean named) {}

    /** A sponsor's commitments: in each currency it committed in, and their sum in the base currency. */
    public record CommitmentView(UUID sponsor, @Nullable String sponsorName, List<Amount> committed, Amount committedInBase,
            Amount called) {}

    public record StatusChangeView(@Nullable FundStatus from, FundStatus to, String by, String reason, Instant at) {}

    /**
     * A fund as the viewer may see it. {@code insider}: the viewer sees deals, votes and the ledger;
     * {@code manager}: the viewer changes them; {@code sponsorOrganization}: the viewer's own
     * sponsor organization (partners), whose commitments alone are listed then.
     */
    public record FundView(UUID id, long version, String name, FundStatus status, String baseCurrency,
            @Nullable Amount target, List<SponsorView> sponsors, List<CommitmentView> commitments,
            @Nullable UUID discussedAt, @Nullable String newsUrl, @Nullable String newsTitle,
            @Nullable String description, int quorum, String majority, List<ChecklistItemView> checklist,
            List<StatusChangeView> history, List<FundStatus> nextStatuses, boolean insider, boolean manager,
            @Nullable UUID sponsorOrganization, boolean sample) {}

    /** A deal's line of the fund's checklist: {@code index} is the item's number (stable across edits). */
    public record CheckView(int index, String item, boolean required, boolean done, @Nullable String doneBy,
            @Nullable Instant doneAt, @Nullable String note) {}

    /** An item of the fund's due diligence checklist; {@code index} is its number, never reused. */
    public record ChecklistItemView(int index, String item, boolean required) {}

    public record MoveView(@Nullable DealStage from, DealStage to, String by, String reason, Instant at) {}

    public record DealView(UUID id, long version, UUID fund, String title, @Nullable UUID applicantOrganization,
            String applicantName, List<String> areas, @Nullable String country, Amount asked, int readiness,
            DealStage stage, @Nullable String summary, List<CheckView> checklist, List<MoveView> moves,
            List<DealStage> nextStages, boolean sample, Instant updatedAt) {}

    public record VoteView(UUID member, String memberName, VoteChoice choice, String comment, Instant castAt,
            boolean counted) {}

    public record ConflictView(UUID member, String reason, Instant declaredAt) {}

    public record DecisionView(Decision.Outcome outcome, int votesFor, int votesAgainst, int abstentions, int eligible,
            int excluded, int quorum, String majority, String closedBy, Instant closedAt) {}

    /** The committee's vote on a deal: the ballots, the conflicts, the tally so far or the closed decision. */
    public record CommitteeView(UUID deal, String dealTitle, DealStage stage, int members, int quorum, String majority,
            List<VoteView> votes, List<ConflictView> conflicts, DecisionView tally, @Nullable DecisionView decision,
            boolean open, boolean canVote, boolean canClose) {}

    public record EntryView(UUID id, EntryKind kind, LocalDate date, Amount amount, Amount baseAmount, BigDecimal rate,
            LocalDate rateDate, boolean rateInverted, @Nullable UUID sponsor, @Nullable String sponsorName,
            @Nullable UUID deal, @Nullable String dealTitle, @Nullable UUID reverses, boolean reversed, String memo,
            String postedBy, Instant postedAt, boolean sample) {}

    public record BalanceView(String of, @Nullable UUID id, @Nullable String name, Map<EntryKind, BigDecimal> byKind) {}

    /** Balances in the base currency: the fund's, each sponsor's and each deal's, by kind of entry. */
    public record BalancesView(String currency, BalanceView fund, List<BalanceView> sponsors, List<BalanceView> deals,
            long entries) {}

    public record RateView(UUID id, String base, String quote, LocalDate date, BigDecimal rate, String source, boolean sample) {}

    /** A refused row of an import: its line, the reason, and the reason's message key ({@code error.<code>}). */
    public record RowError(long line, String message, String code) {}

    public record ImportResult(int added, int unchanged, List<RowError> errors) {}

    /**
     * The portfolio report. Figures were converted to the base currency at each entry's date
     * ({@code latestEntryRateDate}: the latest rate date among them) and, when the reporting
     * currency differs, from the base currency at the rate on or before {@code asOf}
     * ({@code rateDate}).
     */
    public record PortfolioView(UUID fund, String fundName, String reportingCurrency, String baseCurrency,
            LocalDate asOf, @Nullable LocalDate rateDate, @Nullable BigDecimal rate,
            @Nullable LocalDate latestEntryRateDate, BigDecimal committed, BigDecimal paidIn, BigDecimal invested,
            BigDecimal writtenDown, BigDecimal distributed, BigDecimal fees, BigDecimal nav, @Nullable BigDecimal moic,
            @Nullable BigDecimal dpi, @Nullable BigDecimal tvpi, @Nullable BigDecimal xirr,
            Map<String, BigDecimal> investedByCountry, Map<String, BigDecimal> investedBySector,
            Map<String, Long> dealsByStage) {}
}
