package org.liaison.fund.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Viewer;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.fund.core.Balances;
import org.liaison.fund.core.DealFacts;
import org.liaison.fund.core.Entry;
import org.liaison.fund.core.EntryDraft;
import org.liaison.fund.core.EntryKind;
import org.liaison.fund.core.Ledger;
import org.liaison.fund.core.Money;
import org.liaison.fund.core.Portfolio;
import org.liaison.fund.internal.FundViews.Amount;
import org.liaison.fund.internal.FundViews.BalanceView;
import org.liaison.fund.internal.FundViews.BalancesView;
import org.liaison.fund.internal.FundViews.EntryView;
import org.liaison.fund.internal.FundViews.PortfolioView;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund's append-only ledger: post entries (converted at their date), reverse them, read the
 * balances and the portfolio report. Postings of one fund run one after another (a row lock on the
 * fund), so concurrent postings are all kept and a reversal happens once.
 */
@Service
@Transactional
public class LedgerService {

    private final FundRows funds;
    private final DealRows deals;
    private final LedgerEntries entries;
    private final RateService rates;
    private final DirectoryQueries directory;
    private final CurrentViewer viewer;
    private final Clock clock;

    LedgerService(FundRows funds, DealRows deals, LedgerEntries entries, RateService rates, DirectoryQueries directory,
            CurrentViewer viewer, Clock clock) {
        this.funds = funds;
        this.deals = deals;
        this.entries = entries;
        this.rates = rates;
        this.directory = directory;
        this.viewer = viewer;
        this.clock = clock;
    }

    /**
     * The entries the viewer may see: all of them for insiders; for a sponsor's partner users,
     * their own commitments and capital calls; others are refused (403), having seen the fund.
     */
    @Transactional(readOnly = true)
    public List<EntryView> entries(UUID fundId) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        var own = FundAccess.sponsorOf(me, fund);
        if (!FundAccess.isInsider(me, fund) && own == null) {
            throw new AccessDeniedException("Only the committee and the fund's managers see the ledger");
        }
        var all = entries.findByFundOrderByPostedAtAscIdAsc(fundId);
        var reversed = new HashSet<UUID>();
        all.forEach(e -> {
            if (e.entry().reverses() != null) {
                reversed.add(e.entry().reverses());
            }
        });
        var shown = all.stream().filter(e -> own == null
                || (own.equals(e.getSponsor()) && e.getKind().isSponsorFacing())).toList();
        var sponsorNames = directory.names(fund.sponsorOrganizations().stream().map(OrganizationId::new).toList());
        var dealTitles = new HashMap<UUID, String>();
        if (own == null) {
            deals.findByFundOrderByCreatedAtAscTitleAsc(fundId).forEach(d -> dealTitles.put(d.getId(), d.getTitle()));
        }
        return shown.stream().map(row -> view(row, reversed, sponsorNames, dealTitles)).toList();
    }

    public EntryView post(UUID fundId, EntryDraft draft) {
        var me = viewer.get();
        var fund = locked(fundId, me);
        FundAccess.requireManager(me, fund);
        checkParties(fund, draft.sponsor(), draft.deal());
        var ledger = ledger(fund);
        var entry = ledger.post(ledger.prepare(UUID.randomUUID(), draft, rates.table()));
        var row = entries.saveAndFlush(new LedgerEntry(fundId, entry, me.userId(), me.username(), false, Instant.now(clock)));
        return view(row, java.util.Set.<UUID>of(), Map.of(), Map.of());
    }

    /** For demo data: a sample entry. */
    EntryView postSample(UUID fundId, EntryDraft draft) {
        var me = viewer.get();
        var fund = locked(fundId, me);
        var ledger = ledger(fund);
        var entry = ledger.post(ledger.prepare(UUID.randomUUID(), draft, rates.table()));
        var row = entries.saveAndFlush(new LedgerEntry(fundId, entry, me.userId(), me.username(), true, Instant.now(clock)));
        return view(row, java.util.Set.<UUID>of(), Map.of(), Map.of());
    }

    public EntryView reverse(UUID fundId, UUID entryId, @Nullable LocalDate date, String reason) {
        var me = viewer.get();
        var fund = locked(fundId, me);
        FundAccess.requireManager(me, fund);
        var ledger = ledger(fund);
        if (entries.findById(entryId).filter(e -> e.getFund().equals(fundId)).isEmpty()) {
            throw new NotFoundException("ledger entry", entryId);
        }
        var reversal = ledger.post(ledger.reversal(UUID.randomUUID(), entryId, date == null ? LocalDate.now(clock) : date,
                FundService.required(reason, "reason-required")));
        var row = entries.saveAndFlush(new LedgerEntry(fundId, reversal, me.userId(), me.username(), false, Instant.now(clock)));
        return view(row, java.util.Set.<UUID>of(), Map.of(), Map.of());
    }

    @Transactional(readOnly = true)
    public BalancesView balances(UUID fundId) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        FundAccess.requireInsider(me, fund);
        var list = entries.findByFundOrderByPostedAtAscIdAsc(fundId).stream().map(LedgerEntry::entry).toList();
        var balances = Balances.of(Money.currency(fund.getBaseCurrency()), list);
        var sponsorNames = directory.names(fund.sponsorOrganizations().stream().map(OrganizationId::new).toList());
        var dealRows = deals.findByFundOrderByCreatedAtAscTitleAsc(fundId);
        var sponsors = new ArrayList<BalanceView>();
        balances.sponsors().forEach((id, byKind) -> sponsors.add(new BalanceView("sponsor", id,
                sponsorNames.get(new OrganizationId(id)), scaled(balances, id, true))));
        var dealViews = new ArrayList<BalanceView>();
        for (var d : dealRows) {
            if (balances.deals().containsKey(d.getId())) {
                dealViews.add(new BalanceView("deal", d.getId(), d.getTitle(), scaled(balances, d.getId(), false)));
            }
        }
        var fundTotals = new EnumMap<EntryKind, BigDecimal>(EntryKind.class);
        for (var kind : EntryKind.values()) {
            fundTotals.put(kind, balances.fund(kind));
        }
        return new BalancesView(fund.getBaseCurrency(), new BalanceView("fund", fundId, fund.getName(), fundTotals),
                sponsors, dealViews, list.size());
    }

    /**
     * The portfolio report for everyone on the staff who sees the fund (aggregate figures); not for
     * partners. In the base currency, or in {@code currency} at the rate on or before {@code asOf}.
     */
    @Transactional(readOnly = true)
    public PortfolioView portfolio(UUID fundId, @Nullable LocalDate asOf, @Nullable String currency) {
        var me = viewer.get();
        var fund = fund(fundId, me);
        FundAccess.requireStaff(me);
        var day = asOf == null ? LocalDate.now(clock) : asOf;
        var base = Money.currency(fund.getBaseCurrency());
        var reporting = currency == null || currency.isBlank() ? base : Money.currency(currency);
        var list = entries.findByFundOrderByPostedAtAscIdAsc(fundId).stream().map(LedgerEntry::entry).toList();
        var dealRows = deals.findByFundOrderByCreatedAtAscTitleAsc(fundId);
        var facts = new HashMap<UUID, DealFacts>();
        var stages = new TreeMap<String, Long>();
        dealRows.forEach(d -> {
            facts.put(d.getId(), new DealFacts(d.getCountry(), d.getAreas().isEmpty() ? null : d.getAreas().getFirst()));
            stages.merge(d.getStage().name(), 1L, Long::sum);
        });
        var p = Portfolio.of(base, day, list, facts);
        var latestEntryRate = list.stream().filter(e -> !e.date().isAfter(day)).map(Entry::rateDate)
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate rateDate = null;
        BigDecimal rate = null;
        java.util.function.UnaryOperator<BigDecimal> inReporting = v -> v;
        if (!reporting.equals(base)) {
            var applied = rates.table().require(base, reporting, day);
            rateDate = applied.rateDate();
            rate = applied.rate();
            inReporting = v -> applied.convert(new Money(v, base)).amount();
        }
        var byCountry = new LinkedHashMap<String, BigDecimal>();
        var fx = inReporting;
        p.investedByCountry().forEach((k, v) -> byCountry.put(k, fx.apply(v)));
        var bySector = new LinkedHashMap<String, BigDecimal>();
        p.investedBySector().forEach((k, v) -> bySector.put(k, fx.apply(v)));
        return new PortfolioView(fundId, fund.getName(), reporting.getCurrencyCode(), base.getCurrencyCode(), day, rateDate,
                rate, latestEntryRate, fx.apply(p.committed()), fx.apply(p.paidIn()), fx.apply(p.invested()),
                fx.apply(p.writtenDown()), fx.apply(p.distributed()), fx.apply(p.fees()), fx.apply(p.nav()), p.moic(),
                p.dpi(), p.tvpi(), p.xirr(), byCountry, bySector, stages);
    }

    // Rules

    private Ledger ledger(Fund fund) {
        return new Ledger(Money.currency(fund.getBaseCurrency()),
                entries.findByFundOrderByPostedAtAscIdAsc(fund.getId()).stream().map(LedgerEntry::entry).toList());
    }

    private void checkParties(Fund fund, @Nullable UUID sponsor, @Nullable UUID deal) {
        if (sponsor != null && !fund.sponsorOrganizations().contains(sponsor)) {
            throw new RuleViolationException("unknown-sponsor", "Not a named sponsor of this fund: " + sponsor);
        }
        if (deal != null && deals.findById(deal).filter(d -> d.getFund().equals(fund.getId())).isEmpty()) {
            throw new RuleViolationException("unknown-deal", "Not a deal of this fund: " + deal);
        }
    }

    private Fund fund(UUID fundId, Viewer me) {
        return FundAccess.visible(me, funds.findById(fundId).orElse(null), fundId);
    }

    private Fund locked(UUID fundId, Viewer me) {
        return FundAccess.visible(me, funds.lockById(fundId).orElse(null), fundId);
    }

    private static Map<EntryKind, BigDecimal> scaled(Balances balances, UUID id, boolean sponsor) {
        var map = new EnumMap<EntryKind, BigDecimal>(EntryKind.class);
        for (var kind : EntryKind.values()) {
            var value = sponsor ? balances.sponsor(id, kind) : balances.deal(id, kind);
            if (value.signum() != 0) {
                map.put(kind, value);
            }
        }
        return map;
    }

    private static EntryView view(LedgerEntry row, java.util.Set<UUID> reversed, Map<OrganizationId, String> sponsorNames,
            Map<UUID, String> dealTitles) {
        var e = row.entry();
        return new EntryView(e.id(), e.kind(), e.date(), new Amount(e.amount().amount(), e.amount().code()),
                new Amount(e.baseAmount().amount(), e.baseAmount().code()), e.rate(), e.rateDate(), e.rateInverted(),
                e.sponsor(), e.sponsor() == null ? null : sponsorNames.get(new OrganizationId(Objects.requireNonNull(e.sponsor()))),
                e.deal(), e.deal() == null ? null : dealTitles.get(e.deal()), e.reverses(), reversed.contains(e.id()),
                e.memo(), row.getPostedByName(), row.getPostedAt(), row.isSample());
    }
}
