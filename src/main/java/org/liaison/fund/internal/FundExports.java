package org.liaison.fund.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessSpecifications;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Viewer;
import org.liaison.shared.ExportDataset;
import org.liaison.shared.ExportRows;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The fund's datasets for export, under {@link FundAccess} exactly as the fund's API: funds as the
 * read rule lets the viewer see them; deals only for insiders (the committee, the fund's managers,
 * administrators) and only of the funds they are insiders of; the ledger for insiders whole, for
 * a sponsor's partner users their own commitments and capital calls. A dataset none of whose
 * funds the viewer could read is not available (404).
 */
final class FundExports {


    private FundExports() {}

    abstract static class Base implements ExportDataset {

        final CurrentViewer viewer;
        final FundRows funds;

        @PersistenceContext
        EntityManager entityManager;

        Base(CurrentViewer viewer, FundRows funds) {
            this.viewer = viewer;
            this.funds = funds;
        }

        @Override
        public String module() {
            return "fund";
        }

        List<Fund> visibleFunds(Viewer me) {
            if (me.isAnonymous()) {
                return List.of();
            }
            return funds.findAll(AccessSpecifications.<Fund>permits(me.readScope()), Sort.by("name", "id"));
        }

        static boolean committeeOrAdministrator(Viewer me) {
            return FundAccess.insiderOfEveryFund(me);
        }

        static List<@Nullable Object> row(@Nullable Object... values) {
            return new ArrayList<>(Arrays.asList(values));
        }
    }

    @Component
    static class Funds extends Base {

        Funds(CurrentViewer viewer, FundRows funds) {
            super(viewer, funds);
        }

        @Override
        public String name() {
            return "funds";
        }

        @Override
        public List<String> columns() {
            return List.of("id", "name", "status", "baseCurrency", "target", "sponsors", "description", "engagement", "sample",
                    "createdAt", "updatedAt");
        }

        @Override
        public boolean availableToCurrentViewer() {
            return !viewer.get().isAnonymous();
        }

        @Override
        public void rows(Consumer<List<@Nullable Object>> sink) {
            for (var fund : visibleFunds(viewer.get())) {
                var target = fund.target();
                sink.accept(row(fund.getId(), fund.getName(), fund.getStatus(), fund.getBaseCurrency(),
                        target == null ? null : target.amount(),
                        ExportRows.joined(fund.getSponsors().stream()
                                .map(s -> (s.organization() != null ? s.organization().toString() : String.valueOf(s.unnamedLabel()))
                                        + ":" + s.country())
                                .toList()),
                        fund.getDescription(), fund.getEngagement(), fund.isSample(), fund.getCreatedAt(), fund.getUpdatedAt()));
            }
        }
    }

    @Component
    static class Deals extends Base {

        Deals(CurrentViewer viewer, FundRows funds) {
            super(viewer, funds);
        }

        @Override
        public String name() {
            return "deals";
        }

        @Override
        public List<String> columns() {
            return List.of("id", "fund", "title", "applicantOrganization", "applicantName", "areas", "country", "amount",
                    "currency", "readiness", "stage", "summary", "sample", "createdAt", "updatedAt");
        }

        @Override
        public boolean availableToCurrentViewer() {
            var me = viewer.get();
            return committeeOrAdministrator(me) || visibleFunds(me).stream().anyMatch(f -> FundAccess.isInsider(me, f));
        }

        @Override
        public void rows(Consumer<List<@Nullable Object>> sink) {
            var me = viewer.get();
            for (var fund : visibleFunds(me)) {
                if (!FundAccess.isInsider(me, fund)) {
                    continue;
                }
                var query = entityManager.createQuery("select d from Deal d where d.fund = :fund order by d.createdAt, d.id", Deal.class)
                        .setParameter("fund", fund.getId());
                ExportRows.stream(entityManager, query, deal -> {
                    if (!FundAccess.seesDeal(me, fund, deal)) {
                        return null;
                    }
                    var asked = deal.asked();
                    return row(deal.getId(), deal.getFund(), deal.getTitle(), deal.getApplicantOrganization(), deal.getApplicantName(),
                            ExportRows.joined(deal.getAreas()), deal.getCountry(), asked.amount(), asked.currency().getCurrencyCode(),
                            deal.getReadiness(), deal.getStage(), deal.getSummary(), deal.isSample(), deal.getCreatedAt(),
                            deal.getUpdatedAt());
                }, sink);
            }
        }
    }

    @Component
    static class Ledger extends Base {

        Ledger(CurrentViewer viewer, FundRows funds) {
            super(viewer, funds);
        }

        @Override
        public String name() {
            return "ledger";
        }

        @Override
        public List<String> columns() {
            return List.of("id", "fund", "kind", "date", "amount", "currency", "baseAmount", "baseCurrency", "rate", "rateDate",
                    "sponsor", "deal", "reverses", "memo", "postedBy", "postedAt", "sample");
        }

        @Override
        public boolean availableToCurrentViewer() {
            var me = viewer.get();
            return committeeOrAdministrator(me)
                    || visibleFunds(me).stream().anyMatch(f -> FundAccess.isInsider(me, f) || FundAccess.sponsorOf(me, f) != null);
        }

        @Override
        public void rows(Consumer<List<@Nullable Object>> sink) {
            var me = viewer.get();
            for (var fund : visibleFunds(me)) {
                boolean insider = FundAccess.isInsider(me, fund);
                var own = FundAccess.sponsorOf(me, fund);
                if (!insider && own == null) {
                    continue;
                }
                var query = entityManager.createQuery(
                        "select e from LedgerEntry e where e.fund = :fund order by e.postedAt, e.id", LedgerEntry.class)
                        .setParameter("fund", fund.getId());
                ExportRows.stream(entityManager, query, row -> {
                    if (!insider && !(own.equals(row.getSponsor()) && row.getKind().isSponsorFacing())) {
                        return null;
                    }
                    var e = row.entry();
                    return row(row.getId(), row.getFund(), e.kind(), e.date(), e.amount().amount(),
                            e.amount().currency().getCurrencyCode(), e.baseAmount().amount(), e.baseAmount().currency().getCurrencyCode(),
                            e.rate(), e.rateDate(), e.sponsor(), insider ? e.deal() : null, e.reverses(), insider ? e.memo() : null,
                            row.getPostedByName(), row.getPostedAt(), row.isSample());
                }, sink);
            }
        }
    }
}
