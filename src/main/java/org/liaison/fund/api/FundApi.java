package org.liaison.fund.api;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.EngagementId;
import org.liaison.fund.FundProposal;
import org.liaison.fund.core.CommitteeRules;
import org.liaison.fund.core.EntryDraft;
import org.liaison.fund.core.Money;
import org.liaison.documents.DocumentVersion;
import org.liaison.fund.internal.DealDocuments;
import org.liaison.fund.internal.DealService;
import org.liaison.fund.internal.FundService;
import org.liaison.fund.internal.FundViews.BalancesView;
import org.liaison.fund.internal.FundViews.CommitteeView;
import org.liaison.fund.internal.FundViews.DealView;
import org.liaison.fund.internal.FundViews.EntryView;
import org.liaison.fund.internal.FundViews.FundView;
import org.liaison.fund.internal.FundViews.ImportResult;
import org.liaison.fund.internal.FundViews.PortfolioView;
import org.liaison.fund.internal.FundViews.RateView;
import org.liaison.fund.internal.LedgerService;
import org.liaison.fund.internal.RateService;
import org.liaison.fund.api.FundBodies.*;
import org.liaison.shared.RawUpload;
import org.liaison.shared.Versions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/funds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Funds", description = "Joint investment funds: sponsors, commitments, deals, the committee's votes, the ledger, rates and reports")
@ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid parameter")
@ApiResponse(responseCode = "401", description = "No valid API token")
class FundApi {

    private final FundService funds;
    private final DealService deals;
    private final LedgerService ledger;
    private final RateService rates;
    private final DealDocuments dealDocuments;

    FundApi(FundService funds, DealService deals, LedgerService ledger, RateService rates, DealDocuments dealDocuments) {
        this.dealDocuments = dealDocuments;
        this.funds = funds;
        this.deals = deals;
        this.ledger = ledger;
        this.rates = rates;
    }

    // Funds

    @GetMapping
    @Operation(summary = "The funds the caller may see", description = "Staff see every fund; a partner sees the funds its organization sponsors.")
    ItemsJson<FundView> list() {
        return new ItemsJson<>(funds.list());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Propose a fund", description = "Sponsors from two or more countries; the proposer becomes a manager. Same name again: the existing fund.")
    @ApiResponse(responseCode = "201", description = "Proposed, with Location and ETag")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers propose funds")
    @ApiResponse(responseCode = "422", description = "Sponsors from fewer than two countries, unknown currency or organization")
    ResponseEntity<FundView> propose(@Valid @RequestBody FundBody body) {
        var id = funds.propose(new FundProposal(body.name(), body.baseCurrency(), body.targetAmount(),
                body.sponsors().stream().map(s -> new FundProposal.ProposedSponsor(
                        s.organization() == null ? null : new OrganizationId(s.organization()), s.country(), s.label())).toList(),
                body.discussedAt() == null ? null : new EngagementId(body.discussedAt()), body.newsUrl(), body.newsTitle(),
                body.description(), false));
        var view = funds.fund(id.value());
        return created("/" + id.value(), view.version(), view);
    }

    @GetMapping("/{fundId}")
    @Operation(summary = "A fund: status, sponsors, commitments, where it was discussed", description = "A sponsor's partner users see only their own commitments.")
    @ApiResponse(responseCode = "404", description = "No such fund, or not visible to the caller")
    ResponseEntity<FundView> fund(@PathVariable UUID fundId) {
        var view = funds.fund(fundId);
        return ok(view.version(), view);
    }

    @PostMapping(path = "/{fundId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move a fund to its next status (or to CLOSED), with a reason")
    @ApiResponse(responseCode = "403", description = "Only the fund's managers")
    @ApiResponse(responseCode = "409", description = "Stale version")
    @ApiResponse(responseCode = "422", description = "Not the next status")
    ResponseEntity<FundView> status(@PathVariable UUID fundId, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody StatusBody body) {
        var view = funds.moveTo(fundId, Versions.expected(ifMatch, body.version()), body.status(), body.reason());
        return ok(view.version(), view);
    }

    @PutMapping(path = "/{fundId}/rules", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the committee's quorum and majority", description = "Majority as a fraction from 1/2 to 1 of the votes for and against.")
    @ApiResponse(responseCode = "403", description = "Only the fund's managers")
    ResponseEntity<FundView> rules(@PathVariable UUID fundId, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody RulesBody body) {
        var view = funds.rules(fundId, Versions.expected(ifMatch, body.version()),
                new CommitteeRules(body.quorum(), body.majorityNumerator(), body.majorityDenominator()));
        return ok(view.version(), view);
    }

    @PostMapping(path = "/{fundId}/managers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Appoint a fund manager (a staff user)")
    ResponseEntity<FundView> manager(@PathVariable UUID fundId, @Valid @RequestBody UserBody body) {
        var view = funds.appoint(fundId, body.user(), false);
        return ok(view.version(), view);
    }

    @PostMapping(path = "/{fundId}/committee", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Appoint a committee member (a user with the committee role)")
    ResponseEntity<FundView> committeeMember(@PathVariable UUID fundId, @Valid @RequestBody UserBody body) {
        var view = funds.appoint(fundId, body.user(), true);
        return ok(view.version(), view);
    }

    // The due diligence checklist (per fund)

    @PostMapping(path = "/{fundId}/checklist", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an item to the fund's due diligence checklist", description = "Required unless said otherwise; open for every deal until recorded done.")
    @ApiResponse(responseCode = "403", description = "Only the fund's managers")
    @ApiResponse(responseCode = "409", description = "Stale version")
    ResponseEntity<FundView> addChecklistItem(@PathVariable UUID fundId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @Valid @RequestBody ChecklistItemBody body) {
        var view = funds.addChecklistItem(fundId, Versions.expected(ifMatch, body.version()), body.item(),
                body.required() == null || body.required());
        return created("/" + fundId, view.version(), view);
    }

    @PutMapping(path = "/{fundId}/checklist/{index}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename an item of the checklist or change whether it is required")
    @ApiResponse(responseCode = "409", description = "Stale version")
    @ApiResponse(responseCode = "422", description = "No such item, or an empty label")
    ResponseEntity<FundView> changeChecklistItem(@PathVariable UUID fundId, @PathVariable int index,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @Valid @RequestBody ChecklistItemBody body) {
        var view = funds.changeChecklistItem(fundId, Versions.expected(ifMatch, body.version()), index, body.item(),
                body.required() == null || body.required());
        return ok(view.version(), view);
    }

    @DeleteMapping("/{fundId}/checklist/{index}")
    @Operation(summary = "Remove an item from the checklist", description = "What deals recorded for it no longer counts.")
    @ApiResponse(responseCode = "409", description = "Stale version")
    ResponseEntity<FundView> removeChecklistItem(@PathVariable UUID fundId, @PathVariable int index,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestParam(required = false) @Nullable Long version) {
        var view = funds.removeChecklistItem(fundId, Versions.expected(ifMatch, version), index);
        return ok(view.version(), view);
    }

    // Deals

    @GetMapping("/{fundId}/deals")
    @Operation(summary = "The fund's deals", description = "The committee and the fund's managers only (403 for others who see the fund).")
    ItemsJson<DealView> deals(@PathVariable UUID fundId) {
        return new ItemsJson<>(deals.deals(fundId));
    }

    @PostMapping(path = "/{fundId}/deals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a deal (sourced)")
    @ApiResponse(responseCode = "201", description = "Added")
    ResponseEntity<DealView> addDeal(@PathVariable UUID fundId, @Valid @RequestBody DealBody body) {
        var view = deals.create(fundId, new DealService.NewDeal(body.title(), body.applicantOrganization(), body.applicantName(),
                body.areas() == null ? java.util.List.of() : body.areas(), body.country(), Money.of(body.amount(), body.currency()),
                body.readiness(), body.summary(), false));
        return created("/" + fundId + "/deals/" + view.id(), view.version(), view);
    }

    @GetMapping("/{fundId}/deals/{dealId}")
    @Operation(summary = "A deal with its checklist and moves", description = "404 for anyone but the committee and the fund's managers.")
    @ApiResponse(responseCode = "404", description = "No such deal, or not visible to the caller")
    ResponseEntity<DealView> deal(@PathVariable UUID fundId, @PathVariable UUID dealId) {
        var view = deals.deal(fundId, dealId);
        return ok(view.version(), view);
    }

    @PostMapping(path = "/{fundId}/deals/{dealId}/moves", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move a deal along the pipeline, with a reason")
    ResponseEntity<DealView> move(@PathVariable UUID fundId, @PathVariable UUID dealId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @Valid @RequestBody MoveBody body) {
        var view = deals.move(fundId, dealId, Versions.expected(ifMatch, body.version()), body.stage(), body.reason());
        return ok(view.version(), view);
    }

    @PostMapping(path = "/{fundId}/deals/{dealId}/checklist/{index}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an item of the fund's due diligence checklist done or not for this deal, with a note",
            description = "{index} is the item's number in the fund's checklist. Who and when are recorded. Only in due diligence.")
    @ApiResponse(responseCode = "409", description = "Stale version")
    @ApiResponse(responseCode = "422", description = "No such item, or the deal is not in due diligence")
    ResponseEntity<DealView> check(@PathVariable UUID fundId, @PathVariable UUID dealId, @PathVariable int index,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @Valid @RequestBody CheckBody body) {
        var view = deals.check(fundId, dealId, Versions.expected(ifMatch, body.version()), index, body.done(), body.note());
        return ok(view.version(), view);
    }

    @GetMapping("/{fundId}/deals/{dealId}/votes")
    @Operation(summary = "The committee's vote on a deal: ballots, conflicts, tally or closed decision")
    CommitteeView votes(@PathVariable UUID fundId, @PathVariable UUID dealId) {
        return deals.committee(fundId, dealId);
    }

    @PostMapping(path = "/{fundId}/deals/{dealId}/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cast the caller's vote (once)", description = "The fund's committee members; not with a declared conflict.")
    @ApiResponse(responseCode = "201", description = "Counted")
    @ApiResponse(responseCode = "403", description = "Not a member of the fund's committee")
    @ApiResponse(responseCode = "422", description = "Already voted, conflict declared, or the decision is closed")
    ResponseEntity<CommitteeView> vote(@PathVariable UUID fundId, @PathVariable UUID dealId, @Valid @RequestBody VoteBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(deals.vote(fundId, dealId, body.choice(), body.comment() == null ? "" : body.comment()));
    }

    @PostMapping(path = "/{fundId}/deals/{dealId}/conflicts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Declare the caller's conflict of interest", description = "Excludes the caller from this vote; a vote already cast no longer counts.")
    CommitteeView conflict(@PathVariable UUID fundId, @PathVariable UUID dealId, @Valid @RequestBody ConflictBody body) {
        return deals.declareConflict(fundId, dealId, body.reason());
    }

    @PostMapping("/{fundId}/deals/{dealId}/decision")
    @Operation(summary = "Close the vote", description = "The decision is recorded once and never changes; it approves or declines the deal.")
    CommitteeView close(@PathVariable UUID fundId, @PathVariable UUID dealId) {
        return deals.close(fundId, dealId);
    }

    // Deal documents (the documents store, owned by the deal)

    @GetMapping("/{fundId}/deals/{dealId}/documents")
    @Operation(summary = "A deal's documents (latest version of each)", description = "404 for anyone but the committee and the fund's managers.")
    ItemsJson<DocumentVersion> documents(@PathVariable UUID fundId, @PathVariable UUID dealId) {
        return new ItemsJson<>(dealDocuments.list(fundId, dealId));
    }

    @PostMapping(path = "/{fundId}/deals/{dealId}/documents")
    @Operation(summary = "Attach a document to a deal", description = "The fund's managers; the type is detected from the content (PDF, DOCX, ODT, text).")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "413", description = "Too large")
    @ApiResponse(responseCode = "422", description = "No file, or a type that is not allowed")
    ResponseEntity<DocumentVersion> attach(@PathVariable UUID fundId, @PathVariable UUID dealId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
        var stored = dealDocuments.attach(fundId, dealId, file == null || file.getOriginalFilename() == null ? "document" : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }

    @GetMapping(path = "/{fundId}/deals/{dealId}/documents/{documentId}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download a deal document's latest version", description = "Always as an attachment, with its detected type.")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID fundId, @PathVariable UUID dealId, @PathVariable UUID documentId) {
        var download = dealDocuments.latest(fundId, dealId, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.version().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.version().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentLength(download.version().size())
                .body(new InputStreamResource(download.content()));
    }

    // Ledger and reports

    @GetMapping("/{fundId}/ledger")
    @Operation(summary = "The ledger", description = "All entries for the committee and managers; a sponsor's partner users see their own commitments and calls.")
    ItemsJson<EntryView> entries(@PathVariable UUID fundId) {
        return new ItemsJson<>(ledger.entries(fundId));
    }

    @PostMapping(path = "/{fundId}/ledger", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Post an entry", description = "Converted to the base currency at the rate on or before its date. Entries are never changed: reverse instead.")
    @ApiResponse(responseCode = "201", description = "Posted")
    @ApiResponse(responseCode = "422", description = "No rate on or before the date, missing sponsor or deal, amount not positive, too many decimals")
    ResponseEntity<EntryView> post(@PathVariable UUID fundId, @Valid @RequestBody EntryBody body) {
        var view = ledger.post(fundId, new EntryDraft(body.kind(), body.date(), Money.of(body.amount(), body.currency()),
                body.sponsor(), body.deal(), body.memo() == null ? "" : body.memo()));
        return ResponseEntity.status(HttpStatus.CREATED).body(view);
    }

    @PostMapping(path = "/{fundId}/ledger/{entryId}/reversal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reverse an entry (once)", description = "Posts the entry with negated amounts.")
    @ApiResponse(responseCode = "201", description = "The reversing entry")
    ResponseEntity<EntryView> reverse(@PathVariable UUID fundId, @PathVariable UUID entryId, @Valid @RequestBody ReversalBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ledger.reverse(fundId, entryId, body.date(), body.reason()));
    }

    @GetMapping("/{fundId}/reports/balances")
    @Operation(summary = "Balances per fund, sponsor and deal, in the base currency")
    BalancesView balances(@PathVariable UUID fundId) {
        return ledger.balances(fundId);
    }

    @GetMapping("/{fundId}/reports/portfolio")
    @Operation(summary = "Portfolio figures: invested by country and sector, MOIC, DPI, TVPI, XIRR",
            description = "States the reporting currency and the rate date used. Staff only (aggregate figures).")
    PortfolioView portfolio(@PathVariable UUID fundId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(required = false) @Nullable String currency) {
        return ledger.portfolio(fundId, asOf, currency);
    }

    // Rates

    @GetMapping("/rates")
    @Operation(summary = "Exchange rates, latest first")
    ItemsJson<RateView> rates() {
        return new ItemsJson<>(rates.list());
    }

    @PostMapping(path = "/rates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enter a rate: 1 base = rate quote on a day")
    @ApiResponse(responseCode = "201", description = "Kept")
    @ApiResponse(responseCode = "422", description = "Unknown currency, rate not positive, or a rate for that pair and day exists")
    ResponseEntity<RateView> addRate(@Valid @RequestBody RateBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(rates.add(body.base(), body.quote(), body.date(), body.rate(),
                body.source() == null ? "entered" : body.source()));
    }

    @PostMapping(path = "/rates/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
    @RawUpload(maxSize = "${liaison.max-body-size:2MB}") // read whole into a String: it keeps the JSON bodies' limit
    @Operation(summary = "Import rates from CSV (date,base,quote,rate)", description = "Good rows are kept; bad rows are reported with their line.")
    ImportResult importRates(@RequestBody(required = false) @Nullable String csv) {
        return rates.importCsv(new StringReader(csv == null ? "" : csv), "csv import");
    }

    private static <T> ResponseEntity<T> created(String path, long version, T body) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/funds" + path).build().toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location).eTag(Versions.etag(version)).body(body);
    }

    private static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }
}
