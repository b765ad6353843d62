package org.liaison.fund.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.fund.FundProposal;
import org.liaison.fund.core.DealStage;
import org.liaison.fund.core.EntryDraft;
import org.liaison.fund.core.EntryKind;
import org.liaison.fund.core.Money;

/** Builds funds, deals and entries in one line, as the system (like demo data). */
public final class FundFixtures {

    /** A fund made for a test, with the ids of what was made in it. */
    public record Made(UUID fund, UUID sponsor, UUID otherSponsor, UUID deal, UUID entry, long fundVersion, long dealVersion) {}

    private final DirectoryService directory;
    private final FundService funds;
    private final DealService deals;
    private final LedgerService ledger;

    public FundFixtures(DirectoryService directory, FundService funds, DealService deals, LedgerService ledger) {
        this.directory = directory;
        this.funds = funds;
        this.deals = deals;
        this.ledger = ledger;
    }

    public UUID organization(String name, String country) {
        return system(() -> directory.register(new OrganizationDraft(OrganizationKind.INVESTMENT_FUND,
                List.of(new NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)), List.of(),
                country, null, null, null, Set.of())).id());
    }

    /**
     * A USD fund sponsored by {@code sponsor} (or a fresh Russian organization) and a fresh Chinese
     * one, with the given managers and committee, one deal at the given stage and a commitment of
     * the sponsor.
     */
    public Made fund(@Nullable UUID sponsor, Set<UUID> managers, Set<UUID> committee, DealStage stage) {
        return system(() -> {
            var first = sponsor != null ? sponsor : organization("Fund sponsor", "RU");
            var second = organization("Fund co-sponsor", "CN");
            var id = funds.propose(new FundProposal("Test fund " + UUID.randomUUID(), "USD", new BigDecimal("100000000"),
                    List.of(new FundProposal.ProposedSponsor(new OrganizationId(first), "RU", null),
                            new FundProposal.ProposedSponsor(new OrganizationId(second), "CN", null)),
                    null, null, null, null, false)).value();
            managers.forEach(m -> funds.appoint(id, m, false));
            committee.forEach(m -> funds.appoint(id, m, true));
            var deal = deals.create(id, new DealService.NewDeal("Test deal", null, "Test applicant", List.of("Energy efficiency"),
                    "RU", Money.of("1000000", "USD"), 5, null, false));
            for (var next : List.of(DealStage.SCREENING, DealStage.DUE_DILIGENCE, DealStage.COMMITTEE)) {
                if (deal.stage() == stage) {
                    break;
                }
                if (next == DealStage.COMMITTEE) {
                    for (var check : deal.checklist()) {
                        deal = deals.check(id, deal.id(), deal.version(), check.index(), true, null);
                    }
                }
                deal = deals.move(id, deal.id(), deal.version(), next, "test");
            }
            var entry = ledger.post(id, new EntryDraft(EntryKind.COMMITMENT, LocalDate.of(2030, 1, 1),
                    Money.of("1000", "USD"), first, null, "test commitment"));
            var fund = funds.fund(id);
            return new Made(id, first, second, deal.id(), entry.id(), fund.version(), deal.version());
        });
    }

    public static <T> T system(Supplier<T> work) {
        return ViewerContext.call(Viewer.system("fund-tests"), work);
    }
}
