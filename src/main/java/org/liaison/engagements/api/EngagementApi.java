package org.liaison.engagements.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.internal.EngagementFilter;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.EngagementView;
import org.liaison.engagements.internal.FollowUpView;
import org.liaison.shared.Versions;
import org.springframework.format.annotation.DateTimeFormat;
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

@RestController
@RequestMapping(path = Json.BASE + "/engagements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Engagements", description = "Forums, conferences, visits, delegations, meetings and calls, with participants and follow-ups")
@ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid parameter")
@ApiResponse(responseCode = "401", description = "No valid API token")
class EngagementApi {

    private final EngagementService engagements;

    EngagementApi(EngagementService engagements) {
        this.engagements = engagements;
    }

    @GetMapping
    @Operation(summary = "List engagements, latest first",
            description = "Only engagements the caller may see are listed and counted: a partner sees those its "
                    + "organization took part in. from/to are inclusive dates of the start (UTC).")
    @ApiResponse(responseCode = "200", description = "A page of engagements with the total")
    Json.PageJson<EngagementView> list(
            @RequestParam(required = false) @Parameter(description = "FORUM, CONFERENCE, VISIT, DELEGATION, MEETING or CALL") @Nullable String kind,
            @RequestParam(required = false) @Parameter(description = "A participating organization") @Nullable UUID organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Parameter(description = "Where it took place, ISO 3166-1 alpha-2") @Nullable String country,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var filter = new EngagementFilter(kind == null || kind.isBlank() ? null : EngagementBody.parseKind(kind),
                organization, from, to, country == null || country.isBlank() ? null : country.strip());
        var found = engagements.list(filter, page, size);
        return new Json.PageJson<>(found.getContent(), page, size, found.getTotalElements());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log an engagement",
            description = "With organizations among the participants, it is shared with them and EngagementLogged is published.")
    @ApiResponse(responseCode = "201", description = "Created, with Location and ETag")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers log engagements")
    @ApiResponse(responseCode = "415", description = "The body is not JSON")
    @ApiResponse(responseCode = "422", description = "Invalid body: unknown kind, time zone, participant or parent; end before start")
    ResponseEntity<EngagementView> create(@Valid @RequestBody EngagementBody body) {
        var created = engagements.create(body.toDraft());
        return Json.created("/engagements", created.id(), created.version(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an engagement", description = "The ETag is its version; send it back in If-Match.")
    @ApiResponse(responseCode = "200", description = "The engagement")
    @ApiResponse(responseCode = "404", description = "No such engagement, or not visible to the caller")
    ResponseEntity<EngagementView> read(@PathVariable UUID id) {
        var found = engagements.engagement(id);
        return Json.ok(found.version(), found);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an engagement",
            description = "Replaces its fields and participants. Send If-Match with the ETag you read (or the version in the body).")
    @ApiResponse(responseCode = "200", description = "Changed; the new ETag is returned")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers change engagements")
    @ApiResponse(responseCode = "404", description = "No such engagement, or not visible to the caller")
    @ApiResponse(responseCode = "409", description = "Someone changed it since the version sent")
    @ApiResponse(responseCode = "422", description = "Invalid body, or neither If-Match nor version (code version-required)")
    ResponseEntity<EngagementView> update(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody EngagementBody body) {
        var changed = engagements.update(id, Versions.expected(ifMatch, body.version()), body.toDraft());
        return Json.ok(changed.version(), changed);
    }

    @GetMapping("/{id}/participants")
    @Operation(summary = "The participants of an engagement, on both sides",
            description = "Names of organizations and people the caller may not see are null.")
    @ApiResponse(responseCode = "200", description = "The participants")
    @ApiResponse(responseCode = "404", description = "No such engagement, or not visible to the caller")
    Json.ItemsJson<?> participants(@PathVariable UUID id) {
        return new Json.ItemsJson<>(engagements.engagement(id).participants());
    }

    @PostMapping(path = "/{id}/participants", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a participant",
            description = "If-Match is optional here: with it, a stale write is refused.")
    @ApiResponse(responseCode = "200", description = "The engagement with its new participant; the new ETag is returned")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers change engagements")
    @ApiResponse(responseCode = "404", description = "No such engagement, or not visible to the caller")
    @ApiResponse(responseCode = "409", description = "Someone changed it since the version sent")
    @ApiResponse(responseCode = "422", description = "Unknown organization or person, or neither or both given")
    ResponseEntity<EngagementView> addParticipant(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ParticipantBody body) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.expected(ifMatch, null);
        var changed = engagements.addParticipant(id, expected, body.toInput());
        return Json.ok(changed.version(), changed);
    }

    @GetMapping("/{id}/meetings")
    @Operation(summary = "The meetings within a visit, forum, conference or delegation, in order of time")
    @ApiResponse(responseCode = "200", description = "The meetings the caller may see")
    @ApiResponse(responseCode = "404", description = "No such engagement, or not visible to the caller")
    Json.ItemsJson<EngagementView> meetings(@PathVariable UUID id) {
        return new Json.ItemsJson<>(engagements.meetings(id));
    }

    @GetMapping("/{id}/follow-ups")
    @Operation(summary = "The follow-up tasks of an engagement", description = "The hub's own tasks: staff only.")
    @ApiResponse(responseCode = "200", description = "The follow-ups, soonest due first")
    @ApiResponse(responseCode = "403", description = "Partners do not see the hub's tasks")
    @ApiResponse(responseCode = "404", description = "No such engagement, or not visible to the caller")
    Json.ItemsJson<FollowUpView> followUps(@PathVariable UUID id) {
        return new Json.ItemsJson<>(engagements.followUps(id));
    }

    @PostMapping(path = "/{id}/follow-ups", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a follow-up task to an engagement")
    @ApiResponse(responseCode = "201", description = "Created, with Location and ETag")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers add follow-ups")
    @ApiResponse(responseCode = "404", description = "No such engagement, or not visible to the caller")
    @ApiResponse(responseCode = "422", description = "No title, or an unknown owner")
    ResponseEntity<FollowUpView> addFollowUp(@PathVariable UUID id, @Valid @RequestBody FollowUpBody body) {
        var created = engagements.addFollowUp(id, body.toDraft());
        return Json.created("/follow-ups", created.id(), created.version(), created);
    }
}
