package org.liaison.fund.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.engagements.EngagementQueries;
import org.liaison.fund.FundProposal;
import org.liaison.fund.FundStatus;
import org.liaison.fund.core.DealStage;
import org.liaison.fund.core.EntryDraft;
import org.liaison.fund.core.EntryKind;
import org.liaison.fund.core.ExchangeRate;
import org.liaison.fund.core.Money;
import org.liaison.shared.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * The fund of the reference story: "A joint direct investment fund is also being considered to
 * finance breakthrough projects" (shared/seed/skolkovo-china-japan.txt). Status under
 * consideration, sponsored by the Skolkovo Foundation and a Chinese counterpart the story does not
 * name, discussed at the Sino-Russian Trade and Investment Forum and reported by the seed news
 * item. Everything else (the projects, rates, a commitment) is sample data, marked so and dated
 * relative to today. Idempotent by the fund's name.
 */
@Component
class FundStory implements DemoDataContributor {

    static final String NAME = "Joint direct investment fund for breakthrough projects";
    static final String FORUM = "Sino-Russian Trade and Investment Forum";
    static final String NEWS_TITLE = "Skolkovo to develop cooperation with China and Japan";
    /** The seed item's page on this instance (the seed gives no external address). */
    static final String NEWS_URL = "/news/skolkovo-to-develop-cooperation-with-china-and-japan";
    static final String CHINESE_COUNTERPART = "Chinese counterpart (not yet named)";

    private final FundService funds;
    private final DealService deals;
    private final LedgerService ledger;
    private final RateService rates;
    private final FundRows fundRows;
    private final DirectoryQueries directory;
    private final EngagementQueries engagements;
    private final UserAccounts users;
    private final Clock clock;

    FundStory(FundService funds, DealService deals, LedgerService ledger, RateService rates, FundRows fundRows,
            DirectoryQueries directory, EngagementQueries engagements, UserAccounts users, Clock clock) {
        this.funds = funds;
        this.deals = deals;
        this.ledger = ledger;
        this.rates = rates;
        this.fundRows = fundRows;
        this.directory = directory;
        this.engagements = engagements;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String name() {
        return "fund";
    }

    @Override
    public void contribute() {
        ViewerContext.run(Viewer.system("demo-fund"), this::story);
    }

    private void story() {
        if (fundRows.findFirstByName(NAME).isPresent()) {
            return;
        }
        var skolkovo = directory.organizationNamed("Skolkovo Foundation");
        if (skolkovo.isEmpty()) {
            return;
        }
        var today = LocalDate.now(clock);
        sampleRates(today);
        var id = funds.propose(new FundProposal(NAME, "USD", null,
                List.of(new FundProposal.ProposedSponsor(skolkovo.get(), "RU", null),
                        new FundProposal.ProposedSponsor(null, "CN", CHINESE_COUNTERPART)),
                engagements.engagementTitled(FORUM).orElse(null), NEWS_URL, NEWS_TITLE,
                "A joint direct investment fund is being considered to finance breakthrough projects.", false)).value();
        users.findByUsername("manager").ifPresent(u -> funds.appoint(id, u.id(), false));
        users.findByUsername("committee").ifPresent(u -> funds.appoint(id, u.id(), true));
        var fund = funds.fund(id);
        funds.moveTo(id, fund.version(), FundStatus.UNDER_CONSIDERATION,
                "Discussed at the Sino-Russian Trade and Investment Forum (source: The Skolkovo Foundation)");

        sample(id, "Sample: silicon photonics sensors for power grids", "Energy efficiency", "RU", "45000000", "RUB", 4,
                DealStage.SOURCED);
        sample(id, "Sample: satellite telemetry compression", "Space technologies and telecommunications", "CN", "12000000",
                "CNY", 5, DealStage.SCREENING);
        sample(id, "Sample: AI-assisted drug screening platform", "Biomedical technologies", "RU", "2500000", "USD", 6,
                DealStage.DUE_DILIGENCE);
        sample(id, "Sample: industrial data platform for plants", "Information technology", "CN", "30000000", "RUB", 7,
                DealStage.COMMITTEE);
        ledger.postSample(id, new EntryDraft(EntryKind.COMMITMENT, today.minusDays(10), Money.of("300000000", "RUB"),
                skolkovo.get().value(), null, "Sample data: an illustrative commitment, not in the story"));
    }

    private void sample(java.util.UUID fund, String title, String area, String country, String amount, String currency,
            int readiness, DealStage stage) {
        var deal = deals.create(fund, new DealService.NewDeal(title, null, "Sample applicant", List.of(area), country,
                Money.of(amount, currency), readiness, "Sample data: an illustrative breakthrough project.", true));
        var path = List.of(DealStage.SCREENING, DealStage.DUE_DILIGENCE, DealStage.COMMITTEE);
        for (var next : path) {
            if (deal.stage() == stage) {
                break;
            }
            if (next == DealStage.COMMITTEE) {
                for (var check : deal.checklist()) {
                    deal = deals.check(fund, deal.id(), deal.version(), check.index(), true, null);
                }
            }
            deal = deals.move(fund, deal.id(), deal.version(), next, "Sample data: moved for the demonstration");
        }
    }

    private void sampleRates(LocalDate today) {
        var usd = Money.currency("USD");
        for (int back : List.of(90, 60, 30, 0)) {
            var day = today.minusDays(back);
            rates.addSample(new ExchangeRate(usd, Money.currency("RUB"), day, new BigDecimal(back == 0 ? "92.50" : "9" + (back / 30) + ".10")));
            rates.addSample(new ExchangeRate(usd, Money.currency("CNY"), day, new BigDecimal("7.1" + (back / 30))));
        }
        rates.addSample(new ExchangeRate(usd, Money.currency("RUB"), LocalDate.of(2012, 5, 1), new BigDecimal("29.50")));
        rates.addSample(new ExchangeRate(usd, Money.currency("CNY"), LocalDate.of(2012, 5, 1), new BigDecimal("6.30")));
    }
}
