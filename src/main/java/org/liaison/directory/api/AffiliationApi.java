package org.liaison.directory.api;

import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.shared.Versions;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiFormats.BASE + "/affiliations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Affiliations", description = "Who works where, as what, and when")
@ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid parameter")
@ApiResponse(responseCode = "401", description = "No valid API token")
class AffiliationApi {

    private final DirectoryService directory;

    AffiliationApi(DirectoryService directory) {
        this.directory = directory;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Affiliate a person with an organization")
    @ApiResponse(responseCode = "201", description = "Created, with Location and ETag")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers change affiliations")
    @ApiResponse(responseCode = "404", description = "The person or organization is unknown or not visible")
    @ApiResponse(responseCode = "422", description = "Invalid body, e.g. the period ends before it starts")
    ResponseEntity<AffiliationJson> create(@Valid @RequestBody AffiliationBody body) {
        var created = directory.affiliate(body.toDraft());
        return ApiFormats.created("/affiliations", created.id(), created.version(), AffiliationJson.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an affiliation")
    @ApiResponse(responseCode = "200", description = "The affiliation; the ETag is its version")
    @ApiResponse(responseCode = "404", description = "Unknown, or the person or organization is not visible")
    ResponseEntity<AffiliationJson> read(@PathVariable UUID id) {
        var affiliation = directory.affiliation(id);
        return ApiFormats.ok(affiliation.version(), AffiliationJson.of(affiliation));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an affiliation's role or period",
            description = "Person and organization cannot change. Send If-Match or the version in the body.")
    @ApiResponse(responseCode = "200", description = "Changed; the new ETag is returned")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers change affiliations")
    @ApiResponse(responseCode = "404", description = "Unknown affiliation")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent")
    @ApiResponse(responseCode = "422", description = "Invalid body, other ends, or no version")
    ResponseEntity<AffiliationJson> update(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody AffiliationBody body) {
        var changed = directory.changeAffiliation(id, Versions.expected(ifMatch, body.version()), body.toDraft());
        return ApiFormats.ok(changed.version(), AffiliationJson.of(changed));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an affiliation", description = "Send If-Match with the ETag you read.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers change affiliations")
    @ApiResponse(responseCode = "404", description = "Unknown affiliation")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent")
    @ApiResponse(responseCode = "422", description = "No If-Match")
    ResponseEntity<Void> delete(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        directory.removeAffiliation(id, Versions.expected(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
