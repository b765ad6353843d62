package org.liaison.relationships.api;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.relationships.Stage;
import org.liaison.relationships.internal.PathView;
import org.liaison.relationships.internal.RelationshipFilter;
import org.liaison.relationships.internal.RelationshipBoard;
import org.liaison.relationships.internal.RelationshipPaths;
import org.liaison.relationships.internal.RelationshipService;
import org.liaison.relationships.internal.RelationshipStageLabels;
import org.liaison.relationships.internal.RelationshipStrength;
import org.liaison.relationships.internal.StageChange;
import org.liaison.relationships.internal.StrengthView;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
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
@RequestMapping(path = "/api/v1/relationships", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Relationships", description = "The hub's relationship with each partner organization: stage, owner, "
        + "next step, history, strength and introduction paths. Internal to the hub's staff: partners get 404.")
@ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid parameter")
@ApiResponse(responseCode = "401", description = "No valid API token")
@ApiResponse(responseCode = "404", description = "Unknown, or the caller is not the hub's staff")
class RelationshipApi {

    private final RelationshipService relationships;
    private final RelationshipBoard board;
    private final RelationshipStageLabels stageLabels;
    private final RelationshipStrength strength;
    private final RelationshipPaths paths;

    RelationshipApi(RelationshipService relationships, RelationshipBoard board, RelationshipStageLabels stageLabels,
            RelationshipStrength strength, RelationshipPaths paths) {
        this.relationships = relationships;
        this.board = board;
        this.stageLabels = stageLabels;
        this.strength = strength;
        this.paths = paths;
    }

    @GetMapping
    @Operation(summary = "List relationships", description = "Filtered by the organization's country (ISO code) "
            + "and kind, the stage, the owner (a user id) and a technology area of the organization (as the "
            + "directory records it); ordered by stage, then name.")
    @ApiResponse(responseCode = "200", description = "One page of relationships")
    @ApiResponse(responseCode = "422", description = "Unknown kind or an invalid page")
    Json.Page<RelationshipJson> list(@RequestParam(required = false) @Nullable String country,
            @Parameter(description = "label (\"corporation\") or constant (\"CORPORATION\")")
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable Stage stage,
            @RequestParam(required = false) @Nullable UUID owner,
            @Parameter(description = "a technology area, exactly as the directory records it (\"Energy efficiency\")")
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
        OrganizationKind parsedKind = kind == null || kind.isBlank() ? null : OrganizationKind.parse(kind)
                .orElseThrow(() -> new RuleViolationException("unknown-kind", "Unknown kind of organization: " + kind));
        var result = board.list(new RelationshipFilter(country == null || country.isBlank() ? null : country,
                parsedKind, stage, owner, area == null || area.isBlank() ? null : area.strip()), page, size, locale);
        return new Json.Page<>(result.items().stream().map(RelationshipJson::of).toList(), result.page(),
                result.size(), result.total());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start the relationship with an organization", description = "At PROSPECT unless a stage is given.")
    @ApiResponse(responseCode = "201", description = "Created, with Location and ETag")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers change relationships")
    @ApiResponse(responseCode = "422", description = "Invalid body, the hub itself, or a relationship that exists")
    ResponseEntity<RelationshipJson> create(@Valid @RequestBody NewRelationshipBody body) {
        var created = relationships.create(new OrganizationId(body.organization()), body.stage(), body.owner(),
                body.nextStep(), body.nextStepDue(), body.reason());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/relationships/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location).eTag(Versions.etag(created.version()))
                .body(RelationshipJson.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a relationship")
    @ApiResponse(responseCode = "200", description = "The relationship; the ETag is its version")
    ResponseEntity<RelationshipJson> read(@PathVariable UUID id) {
        var relationship = relationships.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(relationship.version())).body(RelationshipJson.of(relationship));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the owner and the next step", description = "Send If-Match or the version in the body.")
    @ApiResponse(responseCode = "200", description = "Changed; the new ETag is returned")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers change relationships")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent")
    @ApiResponse(responseCode = "422", description = "Invalid body or no version")
    ResponseEntity<RelationshipJson> plan(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody PlanBody body) {
        var changed = relationships.plan(id, Versions.expected(ifMatch, body.version()), body.owner(), body.nextStep(),
                body.nextStepDue());
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(RelationshipJson.of(changed));
    }

    @PostMapping(path = "/{id}/stage", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move a relationship to another stage", description = "Rules: not to the stage it is at; "
            + "AGREEMENT only from ENGAGED or beyond; ACTIVE only from AGREEMENT; a move back or to DORMANT needs "
            + "a reason; DORMANT can go to any stage. Send If-Match or the version in the body.")
    @ApiResponse(responseCode = "200", description = "Moved; the new ETag is returned")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers change relationships")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent")
    @ApiResponse(responseCode = "422", description = "Against a rule of the stages, or no version")
    ResponseEntity<RelationshipJson> move(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody StageBody body) {
        var moved = relationships.moveTo(id, Versions.expected(ifMatch, body.version()), body.stage(), body.reason());
        return ResponseEntity.ok().eTag(Versions.etag(moved.version())).body(RelationshipJson.of(moved));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The stage changes of a relationship, oldest first")
    @ApiResponse(responseCode = "200", description = "Who moved it, when, from which stage to which, and why")
    Json.Items<HistoryJson> history(@PathVariable UUID id) {
        return new Json.Items<>(relationships.history(id).stream().map(HistoryJson::of).toList());
    }

    @GetMapping("/{id}/strength")
    @Operation(summary = "The strength of a relationship, 0 to 100, with its reasons",
            description = "Each reason has a message key, its arguments, its points and its text in the request's language.")
    @ApiResponse(responseCode = "200", description = "The score and its reasons")
    StrengthView strength(@PathVariable UUID id, Locale locale) {
        return strength.strength(id, locale);
    }

    @GetMapping("/paths")
    @Operation(summary = "Introduction paths from the hub to an organization",
            description = "Up to three shortest chains of known links (relations between organizations, affiliations), "
                    + "each step with the link behind it, e.g. \"Toshiba MEMBER_OF Keidanren\".")
    @ApiResponse(responseCode = "200", description = "The chains, shortest first; none when nothing links them")
    Json.Items<PathView> paths(@RequestParam UUID to, Locale locale) {
        return new Json.Items<>(paths.paths(new OrganizationId(to), locale));
    }

    @GetMapping("/stages")
    @Operation(summary = "The stages in pipeline order with their labels in the request's language")
    @ApiResponse(responseCode = "200", description = "Stage constants and labels (an administrator's, else the translation)")
    Json.Items<StageJson> stages(Locale locale) {
        Map<Stage, String> labels = stageLabels.stageLabels(locale);
        return new Json.Items<>(labels.entrySet().stream().map(e -> new StageJson(e.getKey(), e.getValue())).toList());
    }

    @PutMapping(path = "/stages/{stage}/labels/{lang}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename a stage in one language", description = "Administrators only; a blank label restores the translation.")
    @ApiResponse(responseCode = "204", description = "Renamed")
    @ApiResponse(responseCode = "403", description = "Only administrators rename stages")
    @ApiResponse(responseCode = "422", description = "Invalid label or language")
    ResponseEntity<Void> rename(@PathVariable Stage stage, @PathVariable String lang, @Valid @RequestBody LabelBody body) {
        stageLabels.renameStage(stage, lang, body.label());
        return ResponseEntity.noContent().build();
    }

    record StageJson(Stage stage, String label) {}

    record HistoryJson(java.time.Instant at, @Nullable UUID by, @Nullable Stage from, Stage to, @Nullable String reason) {
        static HistoryJson of(StageChange c) {
            return new HistoryJson(c.at(), c.by(), c.from(), c.to(), c.reason());
        }
    }
}
