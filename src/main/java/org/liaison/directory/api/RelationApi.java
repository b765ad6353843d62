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
@RequestMapping(path = ApiFormats.BASE + "/relations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Relations", description = "Typed, dated relations between organizations: part of, subsidiary of, member of, resident of, partner of")
@ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid parameter")
@ApiResponse(responseCode = "401", description = "No valid API token")
class RelationApi {

    private final DirectoryService directory;

    RelationApi(DirectoryService directory) {
        this.directory = directory;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Relate two organizations")
    @ApiResponse(responseCode = "201", description = "Created, with Location and ETag")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers change relations")
    @ApiResponse(responseCode = "404", description = "Either organization is unknown or not visible")
    @ApiResponse(responseCode = "422", description = "Invalid body, e.g. relating an organization to itself")
    ResponseEntity<RelationJson> create(@Valid @RequestBody RelationBody body) {
        var created = directory.relate(body.toDraft());
        return ApiFormats.created("/relations", created.id(), created.version(), RelationJson.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a relation")
    @ApiResponse(responseCode = "200", description = "The relation; the ETag is its version")
    @ApiResponse(responseCode = "404", description = "Unknown, or either organization is not visible")
    ResponseEntity<RelationJson> read(@PathVariable UUID id) {
        var relation = directory.relation(id);
        return ApiFormats.ok(relation.version(), RelationJson.of(relation));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a relation's period or note",
            description = "Its organizations and type cannot change. Send If-Match or the version in the body.")
    @ApiResponse(responseCode = "200", description = "Changed; the new ETag is returned")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers change relations")
    @ApiResponse(responseCode = "404", description = "Unknown relation")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent")
    @ApiResponse(responseCode = "422", description = "Invalid body, other ends, or no version")
    ResponseEntity<RelationJson> update(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody RelationBody body) {
        var changed = directory.changeRelation(id, Versions.expected(ifMatch, body.version()), body.toDraft());
        return ApiFormats.ok(changed.version(), RelationJson.of(changed));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a relation", description = "Send If-Match with the ETag you read.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers change relations")
    @ApiResponse(responseCode = "404", description = "Unknown relation")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent")
    @ApiResponse(responseCode = "422", description = "No If-Match")
    ResponseEntity<Void> delete(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        directory.removeRelation(id, Versions.expected(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
