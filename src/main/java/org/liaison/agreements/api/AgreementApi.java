package org.liaison.agreements.api;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.internal.AgreementFilter;
import org.liaison.agreements.internal.AgreementService;
import org.liaison.agreements.internal.AgreementView;
import org.liaison.agreements.internal.MilestoneDraft;
import org.liaison.agreements.internal.MilestoneView;
import org.liaison.agreements.internal.Transition;
import org.liaison.shared.RawUpload;
import org.liaison.shared.Versions;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agreements", description = "MoUs and cooperation agreements: parties, lifecycle, milestones, documents")
@ApiResponse(responseCode = "401", description = "No valid API token")
class AgreementApi {

    record ItemsJson<T>(List<T> items) {}

    private final AgreementService agreements;

    AgreementApi(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    @Operation(summary = "List agreements, latest change first",
            description = "Only agreements the caller may see: a partner sees those its organization is party to.")
    ItemsJson<AgreementView> list(@RequestParam(required = false) @Nullable AgreementKind kind,
            @RequestParam(required = false) @Nullable AgreementStatus status,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Min(0) @Max(3650) @Nullable Integer expiringWithin,
            @RequestParam(required = false) @Nullable UUID organization) {
        return new ItemsJson<>(agreements.list(new AgreementFilter(kind, status, country, expiringWithin, organization)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft an agreement", description = "Two or more parties; it starts as DRAFT.")
    @ApiResponse(responseCode = "201", description = "Created, with Location and ETag")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers")
    @ApiResponse(responseCode = "422", description = "Invalid body or a broken rule")
    ResponseEntity<AgreementView> create(@Valid @RequestBody AgreementBody body) {
        var created = agreements.create(body.toDraft());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/agreements/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).eTag(Versions.etag(created.version())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an agreement", description = "With its parties, history and the transitions allowed now.")
    @ApiResponse(responseCode = "404", description = "No such agreement, or not visible to the caller")
    ResponseEntity<AgreementView> read(@PathVariable UUID id) {
        var found = agreements.agreement(id);
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(found);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a draft or an agreement under negotiation", description = "Send If-Match or the version.")
    @ApiResponse(responseCode = "409", description = "Changed since the version sent")
    @ApiResponse(responseCode = "422", description = "Invalid, or already signed")
    ResponseEntity<AgreementView> update(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody AgreementBody body) {
        var changed = agreements.update(id, Versions.expected(ifMatch, body.version()), body.toDraft());
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(changed);
    }

    @PostMapping("/{id}/negotiate")
    @Operation(summary = "Open negotiations on a draft")
    @ApiResponse(responseCode = "422", description = "Not allowed from the current state: the problem names currentState and allowedTransitions")
    ResponseEntity<AgreementView> negotiate(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody(required = false) @Nullable TransitionBody body) {
        return transition(id, Transition.NEGOTIATE, ifMatch, body);
    }

    @PostMapping("/{id}/sign")
    @Operation(summary = "Sign (on the date in the body, today by default)",
            description = "Publishes AgreementSigned: the hub's relationship with each party moves to AGREEMENT.")
    @ApiResponse(responseCode = "422", description = "Not allowed from the current state: the problem names currentState and allowedTransitions")
    ResponseEntity<AgreementView> sign(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody(required = false) @Nullable TransitionBody body) {
        return transition(id, Transition.SIGN, ifMatch, body);
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Activate a signed agreement (also done automatically when it takes effect)")
    @ApiResponse(responseCode = "422", description = "Not allowed from the current state, or not yet effective")
    ResponseEntity<AgreementView> activate(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody(required = false) @Nullable TransitionBody body) {
        return transition(id, Transition.ACTIVATE, ifMatch, body);
    }

    @PostMapping("/{id}/renew")
    @Operation(summary = "Renew: this one becomes RENEWED and a linked successor DRAFT is created (successorId)")
    @ApiResponse(responseCode = "422", description = "Not allowed from the current state")
    ResponseEntity<AgreementView> renew(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody(required = false) @Nullable TransitionBody body) {
        return transition(id, Transition.RENEW, ifMatch, body);
    }

    @PostMapping("/{id}/terminate")
    @Operation(summary = "Terminate (or abandon a draft)", description = "Publishes AgreementEnded when it was in force.")
    @ApiResponse(responseCode = "422", description = "Not allowed from the current state")
    ResponseEntity<AgreementView> terminate(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody(required = false) @Nullable TransitionBody body) {
        return transition(id, Transition.TERMINATE, ifMatch, body);
    }

    private ResponseEntity<AgreementView> transition(UUID id, Transition transition, @Nullable String ifMatch,
            @Nullable TransitionBody body) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.expected(ifMatch, null);
        var changed = agreements.transition(id, transition, expected, body == null ? null : body.date());
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(changed);
    }

    @GetMapping("/{id}/milestones")
    @Operation(summary = "The milestones and obligations of an agreement, soonest first")
    ItemsJson<MilestoneView> milestones(@PathVariable UUID id) {
        return new ItemsJson<>(agreements.milestones(id));
    }

    @PostMapping(path = "/{id}/milestones", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a milestone owed by one of the parties")
    @ApiResponse(responseCode = "201", description = "Created")
    ResponseEntity<MilestoneView> addMilestone(@PathVariable UUID id, @Valid @RequestBody MilestoneBody body) {
        var created = agreements.addMilestone(id, new MilestoneDraft(body.title(), body.ownerId(), body.dueOn(), false));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(created.version())).body(created);
    }

    @PostMapping("/{id}/milestones/{milestoneId}/done")
    @Operation(summary = "Mark a milestone done", description = "A partner user marks only its own organization's milestones.")
    @ApiResponse(responseCode = "403", description = "Not your side's milestone")
    ResponseEntity<MilestoneView> markDone(@PathVariable UUID id, @PathVariable UUID milestoneId,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.expected(ifMatch, null);
        var done = agreements.markDone(id, milestoneId, expected);
        return ResponseEntity.ok().eTag(Versions.etag(done.version())).body(done);
    }

    @GetMapping("/{id}/documents")
    @Operation(summary = "The documents of an agreement (latest version of each)")
    ItemsJson<DocumentJson> documents(@PathVariable UUID id) {
        return new ItemsJson<>(agreements.documents(id).stream().map(DocumentJson::of).toList());
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.ALL_VALUE)
    @RawUpload(maxSize = "${liaison.documents.max-size:20MB}")
    @Operation(summary = "Upload a document: the raw bytes as the body, its name in fileName",
            description = "PDF, DOCX, ODT or plain text, told from the content; 422 for other types. "
                    + "With document, a new version of that document. The limit is liaison.documents.max-size, "
                    + "the same as the page's upload.")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "413", description = "Larger than liaison.documents.max-size (20 MB unless configured)")
    @ApiResponse(responseCode = "422", description = "A type that is not accepted (code document-type-not-allowed)")
    ResponseEntity<DocumentJson> upload(@PathVariable UUID id, @RequestParam String fileName,
            @RequestParam(required = false) @Nullable UUID document, HttpServletRequest request) throws java.io.IOException {
        try (InputStream in = request.getInputStream()) {
            var stored = agreements.upload(id, document, fileName, in);
            return ResponseEntity.status(HttpStatus.CREATED).body(DocumentJson.of(stored));
        }
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "Every version of a document, oldest first")
    ItemsJson<DocumentJson> versions(@PathVariable UUID id, @PathVariable UUID documentId) {
        return new ItemsJson<>(agreements.documentVersions(id, documentId).stream().map(DocumentJson::of).toList());
    }

    @GetMapping(path = "/{id}/documents/{documentId}/versions/{number}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download one version")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID documentId,
            @PathVariable int number) {
        return Downloads.of(agreements.download(id, documentId, number));
    }
}
