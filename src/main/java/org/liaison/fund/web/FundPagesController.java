package org.liaison.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementQueries;
import org.liaison.fund.FundStatus;
import org.liaison.fund.core.DealStage;
import org.liaison.fund.core.VoteChoice;
import org.liaison.fund.internal.DealDocuments;
import org.liaison.fund.internal.DealService;
import org.liaison.fund.internal.FundService;
import org.liaison.fund.internal.FundViews.DealView;
import org.liaison.fund.internal.FundViews.FundView;
import org.liaison.fund.internal.FundViews.SponsorView;
import org.liaison.fund.internal.LedgerService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fund's pages: the list, a fund, the deal pipeline board, a deal, the committee's vote, the
 * ledger and the portfolio report. Writes are forms that come back to the page they were sent
 * from, with the rule they broke as a translated message.
 */
@Controller
class FundPagesController {

    private final FundService funds;
    private final DealService deals;
    private final LedgerService ledger;
    private final EngagementQueries engagements;
    private final DealDocuments documents;
    private final FundHistory history;
    private final CurrentViewer viewer;
    private final Clock clock;

    FundPagesController(FundService funds, DealService deals, LedgerService ledger, EngagementQueries engagements,
            DealDocuments documents, FundHistory history, CurrentViewer viewer, Clock clock) {
        this.viewer = viewer;
        this.clock = clock;
        this.documents = documents;
        this.history = history;
        this.funds = funds;
        this.deals = deals;
        this.ledger = ledger;
        this.engagements = engagements;
    }

    @GetMapping("/funds")
    String list(Model model) {
        model.addAttribute("funds", funds.list());
        model.addAttribute("canPropose", funds.canPropose());
        model.addAttribute("staff", viewer.get().isStaff());
        return "fund/list";
    }

    @GetMapping("/funds/{fundId}")
    String fund(@PathVariable UUID fundId, Model model) {
        var fund = funds.fund(fundId);
        model.addAttribute("fund", fund);
        model.addAttribute("namedSponsors", namedSponsors(fund));
        model.addAttribute("today", LocalDate.now(clock));
        if (fund.discussedAt() != null) {
            var id = new EngagementId(Objects.requireNonNull(fund.discussedAt()));
            model.addAttribute("forum", engagements.summaries(List.of(id)).get(id));
        }
        if (fund.insider()) {
            model.addAttribute("history", history.of("fund", fundId));
        }
        return "fund/fund";
    }

    @PostMapping("/funds/{fundId}/status")
    String status(@PathVariable UUID fundId, @RequestParam FundStatus status, @RequestParam String reason,
            @RequestParam long version, RedirectAttributes redirect) {
        return PageWrites.attempt(redirect, "/funds/" + fundId, () -> funds.moveTo(fundId, version, status, reason));
    }

    @GetMapping("/funds/{fundId}/deals")
    String board(@PathVariable UUID fundId, Model model) {
        var fund = funds.fund(fundId);
        var columns = new LinkedHashMap<DealStage, List<DealView>>();
        for (var stage : DealStage.values()) {
            columns.put(stage, new ArrayList<>());
        }
        deals.deals(fundId).forEach(d -> columns.get(d.stage()).add(d));
        model.addAttribute("fund", fund);
        model.addAttribute("columns", columns);
        return "fund/board";
    }

    @GetMapping("/funds/{fundId}/deals/{dealId}")
    String deal(@PathVariable UUID fundId, @PathVariable UUID dealId, Model model) {
        model.addAttribute("fund", funds.fund(fundId));
        model.addAttribute("deal", deals.deal(fundId, dealId));
        model.addAttribute("documents", documents.list(fundId, dealId));
        model.addAttribute("history", history.of("deal", dealId));
        return "fund/deal";
    }

    @PostMapping("/funds/{fundId}/deals/{dealId}/documents")
    String attach(@PathVariable UUID fundId, @PathVariable UUID dealId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
        return PageWrites.attempt(redirect, "/funds/" + fundId + "/deals/" + dealId, () -> {
            try {
                documents.attach(fundId, dealId, file == null || file.getOriginalFilename() == null ? "document" : file.getOriginalFilename(),
                        file == null ? null : file.getBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/funds/{fundId}/deals/{dealId}/moves")
    String move(@PathVariable UUID fundId, @PathVariable UUID dealId, @RequestParam DealStage stage,
            @RequestParam String reason, @RequestParam long version, RedirectAttributes redirect) {
        return PageWrites.attempt(redirect, "/funds/" + fundId + "/deals/" + dealId, () -> deals.move(fundId, dealId, version, stage, reason));
    }

    @PostMapping("/funds/{fundId}/deals/{dealId}/checklist/{index}")
    String check(@PathVariable UUID fundId, @PathVariable UUID dealId, @PathVariable int index,
            @RequestParam boolean done, @RequestParam(required = false) @Nullable String note, @RequestParam long version,
            RedirectAttributes redirect) {
        return PageWrites.attempt(redirect, "/funds/" + fundId + "/deals/" + dealId + "#checklist",
                () -> deals.check(fundId, dealId, version, index, done, note));
    }

    @GetMapping("/funds/{fundId}/deals/{dealId}/committee")
    String committee(@PathVariable UUID fundId, @PathVariable UUID dealId, Model model) {
        model.addAttribute("fund", funds.fund(fundId));
        model.addAttribute("committee", deals.committee(fundId, dealId));
        model.addAttribute("choices", VoteChoice.values());
        return "fund/committee";
    }

    @PostMapping("/funds/{fundId}/deals/{dealId}/votes")
    String vote(@PathVariable UUID fundId, @PathVariable UUID dealId, @RequestParam VoteChoice choice,
            @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        return PageWrites.attempt(redirect, committeePath(fundId, dealId), () -> deals.vote(fundId, dealId, choice, comment));
    }

    @PostMapping("/funds/{fundId}/deals/{dealId}/conflicts")
    String conflict(@PathVariable UUID fundId, @PathVariable UUID dealId, @RequestParam String reason,
            RedirectAttributes redirect) {
        return PageWrites.attempt(redirect, committeePath(fundId, dealId), () -> deals.declareConflict(fundId, dealId, reason));
    }

    @PostMapping("/funds/{fundId}/deals/{dealId}/decision")
    String close(@PathVariable UUID fundId, @PathVariable UUID dealId, RedirectAttributes redirect) {
        return PageWrites.attempt(redirect, committeePath(fundId, dealId), () -> deals.close(fundId, dealId));
    }

    @GetMapping("/funds/{fundId}/ledger")
    String ledger(@PathVariable UUID fundId, Model model) {
        var fund = funds.fund(fundId);
        model.addAttribute("fund", fund);
        model.addAttribute("entries", ledger.entries(fundId));
        if (fund.insider()) {
            model.addAttribute("balances", ledger.balances(fundId));
        }
        if (fund.manager()) {
            model.addAttribute("namedSponsors", namedSponsors(fund));
            model.addAttribute("deals", deals.deals(fundId));
            model.addAttribute("today", LocalDate.now(clock));
        }
        return "fund/ledger";
    }

    @PostMapping("/funds/{fundId}/ledger/{entryId}/reversal")
    String reverse(@PathVariable UUID fundId, @PathVariable UUID entryId, @RequestParam String reason,
            RedirectAttributes redirect) {
        return PageWrites.attempt(redirect, "/funds/" + fundId + "/ledger", () -> ledger.reverse(fundId, entryId, null, reason));
    }

    @GetMapping("/funds/{fundId}/portfolio")
    String portfolio(@PathVariable UUID fundId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(required = false) @Nullable String currency, Model model) {
        model.addAttribute("fund", funds.fund(fundId));
        model.addAttribute("report", ledger.portfolio(fundId, asOf, currency));
        return "fund/portfolio";
    }

    private static List<SponsorView> namedSponsors(FundView fund) {
        return fund.sponsors().stream().filter(SponsorView::named).toList();
    }

    private static String committeePath(UUID fundId, UUID dealId) {
        return "/funds/" + fundId + "/deals/" + dealId + "/committee";
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
