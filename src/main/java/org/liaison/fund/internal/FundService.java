package org.liaison.fund.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessSpecifications;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.EngagementId;
import org.liaison.fund.FundId;
import org.liaison.fund.FundProposal;
import org.liaison.fund.FundProposed;
import org.liaison.fund.FundStatus;
import org.liaison.fund.FundSummary;
import org.liaison.fund.Funds;
import org.liaison.fund.core.Balances;
import org.liaison.fund.core.CommitteeRules;
import org.liaison.fund.core.EntryKind;
import org.liaison.fund.core.Money;
import org.liaison.fund.internal.FundViews.Amount;
import org.liaison.fund.internal.FundViews.ChecklistItemView;
import org.liaison.fund.internal.FundViews.CommitmentView;
import org.liaison.fund.internal.FundViews.FundView;
import org.liaison.fund.internal.FundViews.SponsorView;
import org.liaison.fund.internal.FundViews.StatusChangeView;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Funds: propose, read, move through their statuses, appoint managers and committee members. */
@Service
@Transactional
public class FundService implements Funds {

    /** The default due diligence checklist of a new fund. */
    static final List<String> DEFAULT_CHECKLIST = List.of("Team and ownership", "Technology and IP", "Market",
            "Financials", "Legal and compliance");

    private final FundRows funds;
    private final StatusChanges changes;
    private final LedgerEntries ledger;
    private final DirectoryQueries directory;
    private final UserAccounts accounts;
    private final CurrentViewer viewer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FundService(FundRows funds, StatusChanges changes, LedgerEntries ledger, DirectoryQueries directory,
            UserAccounts accounts, CurrentViewer viewer, ApplicationEventPublisher events, Clock clock) {
        this.funds = funds;
        this.changes = changes;
        this.ledger = ledger;
        this.directory = directory;
        this.accounts = accounts;
        this.viewer = viewer;
        this.events = events;
        this.clock = clock;
    }

    // Facade

    @Override
    public FundId propose(FundProposal proposal) {
        var me = viewer.get();
        if (!me.isAdministrator() && !me.roles().contains(Role.COOPERATION_MANAGER)) {
            throw new AccessDeniedException("Only administrators and cooperation managers propose funds");
        }
        var name = required(proposal.name(), "name-required");
        var existing = funds.findFirstByName(name);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        var sponsors = proposal.sponsors().stream().map(s -> sponsor(s.organization(), s.country(), s.label())).toList();
        var target = proposal.targetAmount() == null ? null : Money.of(proposal.targetAmount(), proposal.baseCurrency());
        var now = Instant.now(clock);
        var fund = new Fund(name, FundStatus.PROPOSED, proposal.baseCurrency(), target, sponsors,
                CommitteeRules.SIMPLE_MAJORITY_OF_THREE, DEFAULT_CHECKLIST, proposal.sample(), now);
        fund.discussedAt(proposal.discussedAt() == null ? null : proposal.discussedAt().value(), link(proposal.newsUrl()),
                blank(proposal.newsTitle()));
        fund.describe(blank(proposal.description()));
        if (me.userId() != null) {
            fund.appointManager(me.userId());
        }
        funds.saveAndFlush(fund);
        changes.save(new FundStatusChange(fund.getId(), null, FundStatus.PROPOSED, me.userId(), me.username(),
                "Proposed", now));
        events.publishEvent(new FundProposed(fund.id(), fund.getName()));
        return fund.id();
    }

    @Override
    public void consider(FundId id, String reason) {
        var fund = readable(id.value());
        if (fund.getStatus() == FundStatus.PROPOSED) {
            moveTo(id.value(), fund.getVersion(), FundStatus.UNDER_CONSIDERATION, reason);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FundSummary> publicSummary(FundId id) {
        return funds.findById(id.value()).filter(f -> FundAccess.seesFund(viewer.get(), f)).map(FundService::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FundId> fundNamed(String name) {
        return funds.findFirstByName(name).filter(f -> FundAccess.seesFund(viewer.get(), f)).map(Fund::id);
    }

    // Reading

    /** Whether the current viewer may propose funds and enter rates (administrators and cooperation managers). */
    public boolean canPropose() {
        var me = viewer.get();
        return me.isAdministrator() || me.roles().contains(Role.COOPERATION_MANAGER);
    }

    @Transactional(readOnly = true)
    public List<FundView> list() {
        var me = viewer.get();
        return funds.findAll(AccessSpecifications.<Fund>permits(me.readScope()), Sort.by("name")).stream()
                .map(f -> view(f, me)).toList();
    }

    @Transactional(readOnly = true)
    public FundView fund(UUID id) {
        var me = viewer.get();
        return view(FundAccess.visible(me, funds.findById(id).orElse(null), id), me);
    }

    Fund readable(UUID id) {
        return FundAccess.visible(viewer.get(), funds.findById(id).orElse(null), id);
    }

    // Writing

    /** Sets the committee's rules (quorum and majority): the fund's managers. */
    public FundView rules(UUID id, long expectedVersion, CommitteeRules rules) {
        var fund = readable(id);
        var me = viewer.get();
        FundAccess.requireManager(me, fund);
        Versions.check("fund", id, expectedVersion, fund.getVersion());
        fund.rules(rules);
        fund.touch(Instant.now(clock));
        funds.saveAndFlush(fund);
        return view(fund, me);
    }

    public FundView moveTo(UUID id, long expectedVersion, FundStatus next, String reason) {
        var fund = readable(id);
        var me = viewer.get();
        FundAccess.requireManager(me, fund);
        Versions.check("fund", id, expectedVersion, fund.getVersion());
        var from = fund.getStatus();
        var now = Instant.now(clock);
        fund.moveTo(next, now);
        funds.saveAndFlush(fund);
        changes.save(new FundStatusChange(id, from, next, me.userId(), me.username(), required(reason, "reason-required"), now));
        return view(fund, me);
    }

    // The due diligence checklist (items per fund; deals record them in DealService)

    public FundView addChecklistItem(UUID id, long expectedVersion, String item, boolean required) {
        return editChecklist(id, expectedVersion, (fund, now) -> fund.addChecklistItem(item, required, now));
    }

    public FundView changeChecklistItem(UUID id, long expectedVersion, int number, String item, boolean required) {
        return editChecklist(id, expectedVersion, (fund, now) -> fund.changeChecklistItem(number, item, required, now));
    }

    public FundView removeChecklistItem(UUID id, long expectedVersion, int number) {
        return editChecklist(id, expectedVersion, (fund, now) -> fund.removeChecklistItem(number, now));
    }

    private FundView editChecklist(UUID id, long expectedVersion, java.util.function.BiConsumer<Fund, Instant> edit) {
        var fund = readable(id);
        var me = viewer.get();
        FundAccess.requireManager(me, fund);
        Versions.check("fund", id, expectedVersion, fund.getVersion());
        edit.accept(fund, Instant.now(clock));
        funds.saveAndFlush(fund);
        return view(fund, me);
    }

    /** Appoints a fund manager (any staff user) or a committee member (a user with the committee role). */
    public FundView appoint(UUID id, UUID user, boolean committee) {
        var fund = readable(id);
        var me = viewer.get();
        FundAccess.requireManager(me, fund);
        var account = accounts.find(user).orElseThrow(() -> new RuleViolationException("unknown-user", "No such user: " + user));
        if (committee) {
            if (!account.roles().contains(Role.COMMITTEE_MEMBER)) {
                throw new RuleViolationException("not-committee-role", "Committee members hold the committee role");
            }
            fund.appointCommitteeMember(user);
        } else {
            if (!account.viewer().isStaff()) {
                throw new RuleViolationException("manager-not-staff", "A fund's managers are the hub's staff");
            }
            fund.appointManager(user);
        }
        fund.touch(Instant.now(clock));
        funds.saveAndFlush(fund);
        return view(fund, me);
    }

    // Views

    FundView view(Fund fund, Viewer me) {
        var sponsorIds = fund.sponsorOrganizations().stream().map(OrganizationId::new).toList();
        var names = directory.names(sponsorIds);
        var sponsors = fund.getSponsors().stream().map(s -> new SponsorView(s.organization(),
                s.organization() == null ? s.unnamedLabel() : names.get(new OrganizationId(Objects.requireNonNull(s.organization()))),
                s.country(), s.organization() != null)).toList();
        var own = FundAccess.sponsorOf(me, fund);
        var commitments = commitments(fund, names, own, me);
        var rules = fund.committeeRules();
        var history = changes.findByFundOrderByRecordedAtAsc(fund.getId()).stream()
                .map(c -> new StatusChangeView(c.getFrom(), c.getTo(), c.getByName(), c.getReason(), c.getRecordedAt())).toList();
        var next = Arrays.stream(FundStatus.values()).filter(fund.getStatus()::canMoveTo).toList();
        var target = fund.target();
        return new FundView(fund.getId(), fund.getVersion(), fund.getName(), fund.getStatus(), fund.getBaseCurrency(),
                target == null ? null : new Amount(target.amount(), target.code()), sponsors, commitments,
                fund.getEngagement(), fund.getNewsUrl(), fund.getNewsTitle(), fund.getDescription(), rules.quorum(),
                rules.majorityNumerator() + "/" + rules.majorityDenominator(),
                fund.getChecklist().stream().map(i -> new ChecklistItemView(i.number(), i.item(), i.required())).toList(),
                me.isStaff() ? history : List.of(), me.isStaff() ? next : List.of(), FundAccess.isInsider(me, fund),
                FundAccess.isManager(me, fund), own, fund.isSample());
    }

    /** Staff see every sponsor's commitments (aggregates); a sponsor's partner users only their own. */
    private List<CommitmentView> commitments(Fund fund, Map<OrganizationId, String> names, @Nullable UUID own, Viewer me) {
        if (!me.isStaff() && own == null) {
            return List.of();
        }
        var entries = ledger.findByFundOrderByPostedAtAscIdAsc(fund.getId()).stream().map(LedgerEntry::entry)
                .filter(e -> e.kind().isSponsorFacing()).toList();
        var base = Money.currency(fund.getBaseCurrency());
        var balances = Balances.of(base, entries);
        var result = new ArrayList<CommitmentView>();
        var sponsors = new LinkedHashMap<UUID, Boolean>();
        fund.sponsorOrganizations().forEach(s -> sponsors.put(s, true));
        for (var sponsor : sponsors.keySet()) {
            if (own != null && !own.equals(sponsor)) {
                continue;
            }
            var committed = balances.sponsorCommitments().getOrDefault(sponsor, Map.of()).entrySet().stream()
                    .map(e -> new Amount(e.getValue(), e.getKey().getCurrencyCode()))
                    .sorted(java.util.Comparator.comparing(Amount::currency)).toList();
            result.add(new CommitmentView(sponsor, names.get(new OrganizationId(sponsor)), committed,
                    new Amount(balances.sponsor(sponsor, EntryKind.COMMITMENT), fund.getBaseCurrency()),
                    new Amount(balances.sponsor(sponsor, EntryKind.CAPITAL_CALL), fund.getBaseCurrency())));
        }
        return result;
    }

    static FundSummary summary(Fund f) {
        var target = f.target();
        return new FundSummary(f.id(), f.getName(), f.getStatus(), f.getBaseCurrency(),
                target == null ? null : target.amount(),
                f.sponsorOrganizations().stream().map(OrganizationId::new).toList(),
                f.getSponsors().stream().map(Sponsor::country).toList(),
                f.getEngagement() == null ? null : new EngagementId(Objects.requireNonNull(f.getEngagement())),
                f.getNewsUrl(), f.getNewsTitle(), f.isSample());
    }

    // Rules

    private Sponsor sponsor(@Nullable OrganizationId organization, String country, @Nullable String label) {
        var code = country(country);
        if (organization == null) {
            return new Sponsor(null, code, required(label == null ? "" : label, "sponsor-label-required"));
        }
        if (directory.summary(organization).isEmpty()) {
            throw new RuleViolationException("unknown-organization", "No such organization: " + organization);
        }
        return new Sponsor(organization.value(), code, null);
    }

    static String country(@Nullable String country) {
        var code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(code)) {
            throw new RuleViolationException("invalid-country", "Not an ISO 3166-1 alpha-2 country: " + country);
        }
        return code;
    }

    static String required(String value, String code) {
        if (value.isBlank()) {
            throw new RuleViolationException(code, "A value is required");
        }
        return value.strip();
    }

    /**
     * The news link as the fund page shows it in an href: an http(s) address or a path of this
     * instance. Anything else (javascript:, data:, a file name from an upload) is not kept as a link:
     * browsers run what an href holds, escaping does not help.
     */
    static @Nullable String link(@Nullable String value) {
        String link = blank(value);
        return link != null && link.matches(SAFE_LINK) ? link : null;
    }

    /** An http(s) address or a path of this instance, without quotes, spaces or angle brackets. */
    static final String SAFE_LINK = "(?i)(https?://[^\\s\"'<>]+|/(?![/\\\\])[^\\s\"'<>]*)";

    static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO;
    }
}
