package org.liaison.directory.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.Countries;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.search.SearchQuery;
import org.liaison.shared.Versions;
import org.liaison.shared.AllowedDuringMaintenance;
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
@RequestMapping(path = ApiFormats.BASE + "/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organizations", description = "Organizations of every kind, with names in several scripts")
@ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid parameter")
@ApiResponse(responseCode = "401", description = "No valid API token")
class OrganizationApi {

    private final DirectoryService directory;

    OrganizationApi(DirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Search organizations across scripts and spellings",
            description = "The same engine as the directory page. Only organizations the caller may see are found, "
                    + "counted and faceted. Hits are ranked by relevance; a blank q lists everything by name.")
    @ApiResponse(responseCode = "200", description = "A page of hits with the total and facets")
    SearchPageJson search(
            @RequestParam(defaultValue = "") @Size(max = 200) @Parameter(description = "Free text in any script") String q,
            @RequestParam(required = false) @Parameter(description = "ISO 3166-1 alpha-2 codes") @Nullable List<String> country,
            @RequestParam(required = false) @Parameter(description = "Kind labels or constant names") @Nullable List<String> kind,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var query = new SearchQuery(q, countries(country), kinds(kind), page, size);
        return SearchPageJson.of(directory.search(query), page, size);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register an organization", description = "Check /duplicates first to avoid registering one twice.")
    @ApiResponse(responseCode = "201", description = "Created, with Location and ETag")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers register organizations")
    @ApiResponse(responseCode = "415", description = "The body is not JSON")
    @ApiResponse(responseCode = "422", description = "No name, two primary names, a bad country or language tag")
    ResponseEntity<OrganizationJson> create(@Valid @RequestBody OrganizationBody body) {
        var created = directory.register(body.toDraft());
        return ApiFormats.created("/organizations", created.id(), created.version(), OrganizationJson.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an organization", description = "The ETag is its version; send it back in If-Match. "
            + "A merged organization answers with mergedInto, the one that now stands for it.")
    @ApiResponse(responseCode = "200", description = "The organization")
    @ApiResponse(responseCode = "404", description = "No such organization, or not visible to the caller")
    ResponseEntity<OrganizationJson> read(@PathVariable UUID id) {
        var org = directory.organization(id);
        return ApiFormats.ok(org.version(), OrganizationJson.of(org));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an organization",
            description = "Replaces its fields. Send If-Match with the ETag you read (or the version in the body); "
                    + "a partner may change its own organization only.")
    @ApiResponse(responseCode = "200", description = "Changed; the new ETag is returned")
    @ApiResponse(responseCode = "403", description = "The caller may see the organization but not change it")
    @ApiResponse(responseCode = "404", description = "No such organization, or not visible to the caller")
    @ApiResponse(responseCode = "409", description = "Someone changed it since the version sent")
    @ApiResponse(responseCode = "415", description = "The body is not JSON")
    @ApiResponse(responseCode = "422", description = "Invalid body, or neither If-Match nor version (code version-required)")
    ResponseEntity<OrganizationJson> update(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody OrganizationBody body) {
        var changed = directory.update(id, Versions.expected(ifMatch, body.version()), body.toDraft());
        return ApiFormats.ok(changed.version(), OrganizationJson.of(changed));
    }

    @PostMapping(path = "/duplicates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @AllowedDuringMaintenance // a question, not a change
    @Operation(summary = "Find likely duplicates of a draft",
            description = "The same name in any script or reading, or the same website. Merged organizations are never returned.")
    @ApiResponse(responseCode = "200", description = "The likely duplicates the caller may see, best first")
    ItemsJson<OrganizationHitJson> duplicates(@Valid @RequestBody DuplicatesBody body) {
        return new ItemsJson<>(directory.likelyDuplicates(body.allNames(), body.website()).stream()
                .map(OrganizationHitJson::of).toList());
    }

    @PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Merge this organization into another",
            description = "Affiliations and relations move to the survivor, this organization's names become its "
                    + "aliases, and this organization then answers with mergedInto. Send this organization's version "
                    + "in If-Match or as version.")
    @ApiResponse(responseCode = "200", description = "The survivor after the merge")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers merge")
    @ApiResponse(responseCode = "404", description = "Either organization is unknown or not visible")
    @ApiResponse(responseCode = "409", description = "Either organization changed since the version sent")
    @ApiResponse(responseCode = "422", description = "Merging into itself or into a merged organization, or no version")
    ResponseEntity<OrganizationJson> merge(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody MergeBody body) {
        var survivor = directory.merge(id, Versions.expected(ifMatch, body.version()), body.into(), body.intoVersion());
        return ApiFormats.ok(survivor.version(), OrganizationJson.of(survivor));
    }

    @GetMapping("/{id}/people")
    @Operation(summary = "The people affiliated with an organization, with their roles")
    @ApiResponse(responseCode = "200", description = "The affiliations the caller may see")
    @ApiResponse(responseCode = "404", description = "No such organization, or not visible to the caller")
    ItemsJson<AffiliationJson> people(@PathVariable UUID id) {
        return new ItemsJson<>(directory.details(id).people().stream().map(AffiliationJson::of).toList());
    }

    @GetMapping("/{id}/relations")
    @Operation(summary = "The relations of an organization, in both directions")
    @ApiResponse(responseCode = "200", description = "The relations whose both ends the caller may see")
    @ApiResponse(responseCode = "404", description = "No such organization, or not visible to the caller")
    ItemsJson<RelationJson> relations(@PathVariable UUID id) {
        return new ItemsJson<>(directory.details(id).relations().stream().map(RelationJson::of).toList());
    }

    private static Set<String> countries(@Nullable List<String> values) {
        var codes = new LinkedHashSet<String>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                String code = part.strip().toUpperCase(Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!Countries.isValid(code)) {
                    throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2");
                }
                codes.add(code);
            }
        }
        return codes;
    }

    private static Set<OrganizationKind> kinds(@Nullable List<String> values) {
        var kinds = new LinkedHashSet<OrganizationKind>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value.isBlank()) {
                continue;
            }
            kinds.add(OrganizationKind.parse(value)
                    .orElseThrow(() -> new IllegalArgumentException("kind must be a kind of organization")));
        }
        return kinds;
    }
}
