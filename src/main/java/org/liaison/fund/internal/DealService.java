package org.liaison.fund.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Viewer;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.fund.core.CommitteeVote;
import org.liaison.fund.core.DealStage;
import org.liaison.fund.core.Decision;
import org.liaison.fund.core.Money;
import org.liaison.fund.core.VoteChoice;
import org.liaison.fund.internal.FundViews.Amount;
import org.liaison.fund.internal.FundViews.CheckView;
import org.liaison.fund.internal.FundViews.CommitteeView;
import org.liaison.fund.internal.FundViews.ConflictView;
import org.liaison.fund.internal.FundViews.DealView;
import org.liaison.fund.internal.FundViews.DecisionView;
import org.liaison.fund.internal.FundViews.MoveView;
import org.liaison.fund.internal.FundViews.VoteView;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals of a fund: the pipeline with its recorded moves, the due diligence checklist, and the
 * committee's vote. A deal the viewer may not see answers 404 exactly as a missing one.
 */
@Service
@Transactional
public class DealService {

    /** What it takes to add a deal. */
    public record NewDeal(String title, @Nullable UUID applicantOrganization, @Nullable String applicantName,
            List<String> areas, @Nullable String country, Money asked, int readiness, @Nullable String summary,
            boolean sample) {}

    private final FundRows funds;
    private final DealRows deals;
    private final DealMoves moves;
    private final Votes votes;
    private final Conflicts conflicts;
    private final Decisions decisions;
    private final DirectoryQueries directory;
    private final CurrentViewer viewer;
    private final Clock clock;

    DealService(FundRows funds, DealRows deals, DealMoves moves, Votes votes, Conflicts conflicts, Decisions decisions,
            DirectoryQueries directory, CurrentViewer viewer, Clock clock) {
        this.funds = funds;
        this.deals = deals;
        this.moves = moves;
        this.votes = votes;
        this.conflicts = conflicts;
        this.decisions = decisions;
        this.directory = directory;
        this.viewer = viewer;
        this.clock = clock;
    }

    // Reading

    @Transactional(readOnly = true)
    public List<DealView> deals(UUID fundId) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        FundAccess.requireInsider(me, fund);
        return deals.findByFundOrderByCreatedAtAscTitleAsc(fundId).stream()
                .filter(d -> FundAccess.seesDeal(me, fund, d)).map(d -> view(fund, d)).toList();
    }

    @Transactional(readOnly = true)
    public DealView deal(UUID fundId, UUID dealId) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        return view(fund, readable(fund, dealId, me));
    }

    // Writing

    public DealView create(UUID fundId, NewDeal draft) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        FundAccess.requireManager(me, fund);
        String applicant = draft.applicantName() == null ? "" : draft.applicantName().strip();
        if (draft.applicantOrganization() != null) {
            var summary = directory.summary(new OrganizationId(Objects.requireNonNull(draft.applicantOrganization())))
                    .orElseThrow(() -> new RuleViolationException("unknown-organization", "No such organization: " + draft.applicantOrganization()));
            applicant = summary.name();
        }
        if (applicant.isBlank()) {
            throw new RuleViolationException("applicant-required", "A deal names its applicant");
        }
        if (draft.asked().signum() <= 0) {
            throw new RuleViolationException("amount-not-positive", "The amount asked is positive");
        }
        var country = draft.country() == null || draft.country().isBlank() ? null : FundService.country(draft.country());
        var now = Instant.now(clock);
        var deal = new Deal(fundId, FundService.required(draft.title(), "title-required"), draft.applicantOrganization(),
                applicant, draft.areas().stream().map(String::strip).filter(a -> !a.isBlank()).toList(), country,
                draft.asked(), draft.readiness(), FundService.blank(draft.summary()), draft.sample(), now);
        deals.saveAndFlush(deal);
        moves.save(new DealMove(deal.getId(), null, DealStage.SOURCED, me.userId(), me.username(), "Sourced", now));
        return view(fund, deal);
    }

    public DealView move(UUID fundId, UUID dealId, long expectedVersion, DealStage next, String reason) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        var deal = readable(fund, dealId, me);
        FundAccess.requireManager(me, fund);
        Versions.check("deal", dealId, expectedVersion, deal.getVersion());
        if (next == DealStage.INVESTED && !fund.getStatus().isEstablished()) {
            throw new RuleViolationException("fund-not-established", "A fund invests once it is established");
        }
        var why = FundService.required(reason, "reason-required");
        var now = Instant.now(clock);
        var from = deal.move(next, fund.getChecklist(), now);
        deals.saveAndFlush(deal);
        moves.save(new DealMove(dealId, from, next, me.userId(), me.username(), why, now));
        return view(fund, deal);
    }

    /** Records an item of the fund's checklist (by its number) done or not for a deal in due diligence, with a note. */
    public DealView check(UUID fundId, UUID dealId, long expectedVersion, int item, boolean done, @Nullable String note) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        var deal = readable(fund, dealId, me);
        FundAccess.requireManager(me, fund);
        Versions.check("deal", dealId, expectedVersion, deal.getVersion());
        if (deal.getStage() != DealStage.DUE_DILIGENCE) {
            throw new RuleViolationException("not-in-due-diligence", "The checklist is worked through in due diligence");
        }
        if (note != null && note.strip().length() > 2000) {
            throw new RuleViolationException("note-too-long", "A note has at most 2000 characters");
        }
        deal.check(fund.checklistItem(item), done, note, me.username(), Instant.now(clock));
        deals.saveAndFlush(deal);
        return view(fund, deal);
    }

    // The committee

    @Transactional(readOnly = true)
    public CommitteeView committee(UUID fundId, UUID dealId) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        var deal = readable(fund, dealId, me);
        return committeeView(fund, deal, me);
    }

    public CommitteeView vote(UUID fundId, UUID dealId, VoteChoice choice, String comment) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        var deal = lockedReadable(fund, dealId, me);
        var member = member(me, fund);
        var vote = restore(fund, deal);
        vote.cast(member, choice, comment);
        votes.saveAndFlush(new DealVote(dealId, member, me.username(), choice, comment.strip(), Instant.now(clock)));
        return committeeView(fund, deal, me);
    }

    public CommitteeView declareConflict(UUID fundId, UUID dealId, String reason) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        var deal = lockedReadable(fund, dealId, me);
        var member = member(me, fund);
        var vote = restore(fund, deal);
        if (vote.conflicts().contains(member)) {
            return committeeView(fund, deal, me);
        }
        vote.declareConflict(member);
        conflicts.saveAndFlush(new DealConflict(dealId, member, FundService.required(reason, "reason-required"), Instant.now(clock)));
        return committeeView(fund, deal, me);
    }

    /** Closes the vote: the decision is recorded once and moves the deal to approved or declined (no quorum: stays). */
    public CommitteeView close(UUID fundId, UUID dealId) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        var deal = lockedReadable(fund, dealId, me);
        FundAccess.requireManager(me, fund);
        var vote = restore(fund, deal);
        var now = Instant.now(clock);
        var decision = vote.close(now);
        decisions.saveAndFlush(new DealDecision(dealId, decision, me.username()));
        if (decision.outcome() != Decision.Outcome.NO_QUORUM) {
            var from = deal.decided(decision.outcome() == Decision.Outcome.APPROVED, now);
            deals.saveAndFlush(deal);
            moves.save(new DealMove(dealId, from, deal.getStage(), me.userId(), me.username(),
                    "Committee decision: " + decision.votesFor() + " for, " + decision.votesAgainst() + " against, "
                            + decision.abstentions() + " abstaining", now));
        }
        return committeeView(fund, deal, me);
    }

    private CommitteeVote restore(Fund fund, Deal deal) {
        if (deal.getStage() != DealStage.COMMITTEE) {
            throw new RuleViolationException("deal-not-at-committee", "The committee votes on deals at the committee stage");
        }
        var ballots = new LinkedHashMap<UUID, CommitteeVote.Ballot>();
        votes.findByDealOrderByCastAtAsc(deal.getId()).forEach(v -> ballots.put(v.getMember(), new CommitteeVote.Ballot(v.getChoice(), v.getComment())));
        var conflicted = conflicts.findByDeal(deal.getId()).stream().map(DealConflict::getMember).collect(Collectors.toSet());
        var decision = decisions.findById(deal.getId()).map(DealDecision::decision).orElse(null);
        return CommitteeVote.restore(fund.getCommittee(), fund.committeeRules(), conflicted, ballots, decision);
    }

    private CommitteeView committeeView(Fund fund, Deal deal, Viewer me) {
        var conflicted = conflicts.findByDeal(deal.getId());
        var conflictedIds = conflicted.stream().map(DealConflict::getMember).collect(Collectors.toSet());
        var stored = decisions.findById(deal.getId());
        var ballots = new LinkedHashMap<UUID, CommitteeVote.Ballot>();
        var all = votes.findByDealOrderByCastAtAsc(deal.getId());
        all.forEach(v -> ballots.put(v.getMember(), new CommitteeVote.Ballot(v.getChoice(), v.getComment())));
        var vote = CommitteeVote.restore(fund.getCommittee(), fund.committeeRules(), conflictedIds, ballots,
                stored.map(DealDecision::decision).orElse(null));
        var rules = fund.committeeRules();
        var majority = rules.majorityNumerator() + "/" + rules.majorityDenominator();
        var tally = decisionView(vote.tally(Instant.now(clock)), "");
        var decision = stored.map(d -> decisionView(d.decision(), d.getClosedBy())).orElse(null);
        boolean open = deal.getStage() == DealStage.COMMITTEE && stored.isEmpty();
        boolean canVote = open && me.userId() != null && fund.getCommittee().contains(me.userId())
                && !conflictedIds.contains(me.userId()) && !ballots.containsKey(me.userId());
        return new CommitteeView(deal.getId(), deal.getTitle(), deal.getStage(), fund.getCommittee().size(), rules.quorum(),
                majority,
                all.stream().map(v -> new VoteView(v.getMember(), v.getMemberName(), v.getChoice(), v.getComment(),
                        v.getCastAt(), !conflictedIds.contains(v.getMember()))).toList(),
                conflicted.stream().map(c -> new ConflictView(c.getMember(), c.getReason(), c.getDeclaredAt())).toList(),
                tally, decision, open, canVote, open && FundAccess.isManager(me, fund));
    }

    private static DecisionView decisionView(Decision d, String closedBy) {
        return new DecisionView(d.outcome(), d.votesFor(), d.votesAgainst(), d.abstentions(), d.eligible(), d.excluded(),
                d.rules().quorum(), d.rules().majorityNumerator() + "/" + d.rules().majorityDenominator(), closedBy,
                d.closedAt());
    }

    private UUID member(Viewer me, Fund fund) {
        if (me.userId() == null || !fund.getCommittee().contains(me.userId())) {
            throw new AccessDeniedException("Only the fund's committee members vote");
        }
        return Objects.requireNonNull(me.userId());
    }

    // Rules and views

    Fund fund(UUID fundId, Viewer me) {
        return FundAccess.visible(me, funds.findById(fundId).orElse(null), fundId);
    }

    Deal readable(Fund fund, UUID dealId, Viewer me) {
        return deals.findById(dealId).filter(d -> d.getFund().equals(fund.getId()))
                .filter(d -> FundAccess.seesDeal(me, fund, d))
                .orElseThrow(() -> new NotFoundException("deal", dealId));
    }

    /** The deal, locked for this transaction (votes and the closing of one deal run one after another). */
    private Deal lockedReadable(Fund fund, UUID dealId, Viewer me) {
        return deals.lockById(dealId).filter(d -> d.getFund().equals(fund.getId()))
                .filter(d -> FundAccess.seesDeal(me, fund, d))
                .orElseThrow(() -> new NotFoundException("deal", dealId));
    }

    /** Titles, countries and first areas of a fund's deals, for the ledger and the portfolio. */
    @Transactional(readOnly = true)
    public List<Deal> dealsOf(UUID fundId) {
        return deals.findByFundOrderByCreatedAtAscTitleAsc(fundId);
    }

    DealView view(Fund fund, Deal d) {
        var checks = d.dueDiligence(fund.getChecklist()).lines().stream()
                .map(l -> new CheckView(l.item().number(), l.item().label(), l.item().required(), l.done(), l.by(), l.at(), l.note()))
                .toList();
        var history = moves.findByDealOrderByRecordedAtAsc(d.getId()).stream()
                .map(m -> new MoveView(m.getFrom(), m.getTo(), m.getByName(), m.getReason(), m.getRecordedAt())).toList();
        var asked = d.asked();
        return new DealView(d.getId(), d.getVersion(), d.getFund(), d.getTitle(), d.getApplicantOrganization(),
                d.getApplicantName(), d.getAreas(), d.getCountry(), new Amount(asked.amount(), asked.code()),
                d.getReadiness(), d.getStage(), d.getSummary(), checks, history, List.copyOf(d.getStage().moves()),
                d.isSample(), d.getUpdatedAt());
    }

    static java.util.Map<UUID, Deal> byId(List<Deal> list) {
        var map = new HashMap<UUID, Deal>();
        list.forEach(d -> map.put(d.getId(), d));
        return map;
    }
}
