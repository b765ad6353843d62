package org.liaison.fund.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.fund.FundProposal;
import org.liaison.fund.core.CommitteeRules;
import org.liaison.fund.core.EntryDraft;
import org.liaison.fund.core.EntryKind;
import org.liaison.fund.core.Money;
import org.liaison.fund.internal.DealService;
import org.liaison.fund.internal.FundService;
import org.liaison.fund.internal.LedgerService;
import org.liaison.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fund manager's forms: propose a fund, add a deal, record a sponsor's commitment, post a
 * ledger entry, edit the due diligence checklist. A form that breaks a rule comes back with what
 * was typed and the rule as a translated message (422), or, for the small forms on a page, the
 * page again with the message and its current state.
 */
@Controller
class FundFormsController {

    /** Sponsor rows on the proposal form. */
    static final int SPONSOR_ROWS = 4;

    private final FundService funds;
    private final DealService deals;
    private final LedgerService ledger;
    private final DirectoryQueries directory;
    private final UserAccounts accounts;

    FundFormsController(FundService funds, DealService deals, LedgerService ledger, DirectoryQueries directory,
            UserAccounts accounts) {
        this.accounts = accounts;
        this.funds = funds;
        this.deals = deals;
        this.ledger = ledger;
        this.directory = directory;
    }

    /** What was typed on the proposal form. */
    record ProposalForm(String name, String baseCurrency, String targetAmount, String description, List<SponsorRow> sponsors) {}

    /** One sponsor row: an organization of the directory by name, or a country and a label while not yet named. */
    record SponsorRow(String organization, String country, String label) {
        boolean empty() {
            return organization.isBlank() && country.isBlank() && label.isBlank();
        }
    }

    /** What was typed on the deal form. */
    record DealForm(String title, String applicant, String areas, String country, String amount, String currency,
            int readiness, String summary) {}

    /** What was typed on a ledger entry form (also the commitment form). */
    record EntryForm(String kind, String date, String amount, String currency, String sponsor, String deal, String memo) {}

    // Propose a fund

    @GetMapping("/funds/new")
    String proposeForm(Model model) {
        requireProposer();
        var rows = new ArrayList<SponsorRow>();
        for (int i = 0; i < SPONSOR_ROWS; i++) {
            rows.add(new SponsorRow("", "", ""));
        }
        model.addAttribute("form", new ProposalForm("", "USD", "", "", rows));
        return "fund/propose";
    }

    @PostMapping("/funds")
    String propose(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String baseCurrency,
            @RequestParam(defaultValue = "") String targetAmount, @RequestParam(defaultValue = "") String description,
            @RequestParam(name = "sponsorOrganization", required = false) @Nullable List<String> organizations,
            @RequestParam(name = "sponsorCountry", required = false) @Nullable List<String> countries,
            @RequestParam(name = "sponsorLabel", required = false) @Nullable List<String> labels, Model model,
            HttpServletResponse response) {
        requireProposer();
        var rows = new ArrayList<SponsorRow>();
        int n = Math.max(SPONSOR_ROWS, Math.max(size(organizations), Math.max(size(countries), size(labels))));
        for (int i = 0; i < n; i++) {
            rows.add(new SponsorRow(at(organizations, i), at(countries, i), at(labels, i)));
        }
        var form = new ProposalForm(name, baseCurrency, targetAmount, description, rows);
        try {
            var sponsors = new ArrayList<FundProposal.ProposedSponsor>();
            for (var row : rows) {
                if (!row.empty()) {
                    sponsors.add(sponsor(row));
                }
            }
            var currency = baseCurrency.strip().toUpperCase(Locale.ROOT);
            Money.currency(currency);
            var target = targetAmount.isBlank() ? null : Money.of(targetAmount.strip(), currency).amount();
            var id = funds.propose(new FundProposal(name, currency, target, sponsors, null, null, null, description, false));
            return "redirect:/funds/" + id.value();
        } catch (RuleViolationException e) {
            PageWrites.reject(model, e);
            model.addAttribute("form", form);
            response.setStatus(422);
            return "fund/propose";
        }
    }

    private FundProposal.ProposedSponsor sponsor(SponsorRow row) {
        var country = row.country().strip().toUpperCase(Locale.ROOT);
        if (row.organization().isBlank()) {
            return new FundProposal.ProposedSponsor(null, country, row.label().strip());
        }
        var id = directory.organizationNamed(row.organization().strip())
                .orElseThrow(() -> new RuleViolationException("unknown-organization", "No organization named " + row.organization()));
        if (country.isBlank()) {
            var summary = directory.summary(id);
            country = summary.map(s -> s.country() == null ? "" : s.country()).orElse("");
        }
        return new FundProposal.ProposedSponsor(id, country, null);
    }

    // Add a deal

    @GetMapping("/funds/{fundId}/deals/new")
    String dealForm(@PathVariable UUID fundId, Model model) {
        var fund = funds.fund(fundId);
        if (!fund.manager()) {
            throw new AccessDeniedException("Only the fund's managers add deals");
        }
        model.addAttribute("fund", fund);
        model.addAttribute("form", new DealForm("", "", "", "", "", fund.baseCurrency(), 1, ""));
        return "fund/deal-form";
    }

    @PostMapping("/funds/{fundId}/deals")
    String addDeal(@PathVariable UUID fundId, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String applicant, @RequestParam(defaultValue = "") String areas,
            @RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String currency, @RequestParam(defaultValue = "1") int readiness,
            @RequestParam(defaultValue = "") String summary, Model model, HttpServletResponse response) {
        var fund = funds.fund(fundId);
        var form = new DealForm(title, applicant, areas, country, amount, currency, readiness, summary);
        try {
            var asked = Money.of(amount.strip(), currency.strip().toUpperCase(Locale.ROOT));
            var organization = applicant.isBlank() ? null : directory.organizationNamed(applicant.strip()).map(OrganizationId::value).orElse(null);
            var view = deals.create(fundId, new DealService.NewDeal(title, organization, applicant,
                    Arrays.stream(areas.split("[,;]")).map(String::strip).filter(a -> !a.isEmpty()).toList(),
                    country, asked, readiness, summary, false));
            return "redirect:/funds/" + fundId + "/deals/" + view.id();
        } catch (RuleViolationException e) {
            PageWrites.reject(model, e);
            model.addAttribute("fund", fund);
            model.addAttribute("form", form);
            response.setStatus(422);
            return "fund/deal-form";
        }
    }

    // Commitments and ledger entries

    @PostMapping("/funds/{fundId}/commitments")
    String commit(@PathVariable UUID fundId, @RequestParam(defaultValue = "") String sponsor,
            @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String currency, @RequestParam(defaultValue = "") String memo,
            RedirectAttributes redirect) {
        var form = new EntryForm(EntryKind.COMMITMENT.name(), date, amount, currency, sponsor, "", memo);
        return post(fundId, form, "/funds/" + fundId + "#commitments", "commitmentForm", redirect);
    }

    @PostMapping("/funds/{fundId}/ledger")
    String postEntry(@PathVariable UUID fundId, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String currency, @RequestParam(defaultValue = "") String sponsor,
            @RequestParam(defaultValue = "") String deal, @RequestParam(defaultValue = "") String memo,
            RedirectAttributes redirect) {
        var form = new EntryForm(kind, date, amount, currency, sponsor, deal, memo);
        return post(fundId, form, "/funds/" + fundId + "/ledger", "entryForm", redirect);
    }

    private String post(UUID fundId, EntryForm form, String back, String formName, RedirectAttributes redirect) {
        var target = PageWrites.attempt(redirect, back, () -> ledger.post(fundId, new EntryDraft(kind(form.kind()), date(form.date()),
                Money.of(form.amount().strip(), form.currency().strip().toUpperCase(Locale.ROOT)), uuid(form.sponsor(), "unknown-sponsor"),
                uuid(form.deal(), "unknown-deal"), form.memo().strip())));
        if (redirect.getFlashAttributes().containsKey("fundError")) {
            redirect.addFlashAttribute(formName, form);
        }
        return target;
    }

    // The due diligence checklist of the fund

    @PostMapping("/funds/{fundId}/checklist")
    String addItem(@PathVariable UUID fundId, @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "false") boolean required, @RequestParam long version, RedirectAttributes redirect) {
        return PageWrites.attempt(redirect, "/funds/" + fundId + "#checklist",
                () -> funds.addChecklistItem(fundId, version, item, required));
    }

    @PostMapping("/funds/{fundId}/checklist/{index}")
    String changeItem(@PathVariable UUID fundId, @PathVariable int index, @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "false") boolean required, @RequestParam long version, RedirectAttributes redirect) {
        return PageWrites.attempt(redirect, "/funds/" + fundId + "#checklist",
                () -> funds.changeChecklistItem(fundId, version, index, item, required));
    }

    @PostMapping("/funds/{fundId}/checklist/{index}/removal")
    String removeItem(@PathVariable UUID fundId, @PathVariable int index, @RequestParam long version,
            RedirectAttributes redirect) {
        return PageWrites.attempt(redirect, "/funds/" + fundId + "#checklist",
                () -> funds.removeChecklistItem(fundId, version, index));
    }

    // The committee's rules and the fund's people

    @PostMapping("/funds/{fundId}/rules")
    String rules(@PathVariable UUID fundId, @RequestParam(defaultValue = "0") int quorum,
            @RequestParam(defaultValue = "0") int majorityNumerator, @RequestParam(defaultValue = "0") int majorityDenominator,
            @RequestParam long version, RedirectAttributes redirect) {
        requireManager(fundId);
        return PageWrites.attempt(redirect, "/funds/" + fundId + "#people",
                () -> funds.rules(fundId, version, new CommitteeRules(quorum, majorityNumerator, majorityDenominator)));
    }

    @PostMapping("/funds/{fundId}/managers")
    String appointManager(@PathVariable UUID fundId, @RequestParam(defaultValue = "") String username, RedirectAttributes redirect) {
        requireManager(fundId);
        return PageWrites.attempt(redirect, "/funds/" + fundId + "#people", () -> funds.appoint(fundId, user(username), false));
    }

    @PostMapping("/funds/{fundId}/committee")
    String appointMember(@PathVariable UUID fundId, @RequestParam(defaultValue = "") String username, RedirectAttributes redirect) {
        requireManager(fundId);
        return PageWrites.attempt(redirect, "/funds/" + fundId + "#people", () -> funds.appoint(fundId, user(username), true));
    }

    private void requireManager(UUID fundId) {
        if (!funds.fund(fundId).manager()) {
            throw new AccessDeniedException("Only the fund's managers change it");
        }
    }

    private UUID user(String username) {
        return accounts.findByUsername(username.strip()).map(UserAccount::id)
                .orElseThrow(() -> new RuleViolationException("unknown-user", "No such user: " + username));
    }

    // Parsing what forms send (strings, so a wrong value is a readable message, not a 400)

    private void requireProposer() {
        if (!funds.canPropose()) {
            throw new AccessDeniedException("Only administrators and cooperation managers propose funds");
        }
    }

    static EntryKind kind(String kind) {
        try {
            return EntryKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("unknown-entry-kind", "No such kind of entry: " + kind);
        }
    }

    static LocalDate date(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("invalid-date", "Not an ISO date: " + date);
        }
    }

    static @Nullable UUID uuid(String value, String code) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(code, "Not an id: " + value);
        }
    }

    private static int size(@Nullable List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(@Nullable List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }
}
