package org.liaison.directory.api;

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
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.PersonOrder;
import org.liaison.shared.Versions;
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
@RequestMapping(path = ApiFormats.BASE + "/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "People", description = "People with names in several scripts; their roles are affiliations")
@ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid parameter")
@ApiResponse(responseCode = "401", description = "No valid API token")
class PeopleApi {

    private final DirectoryService directory;

    PeopleApi(DirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "List people", description = "Only people the caller may see are listed and counted.")
    @ApiResponse(responseCode = "200", description = "A page of people")
    PageJson<PersonItemJson> list(
            @RequestParam(defaultValue = "") @Size(max = 200) @Parameter(description = "Part of a name, in any script") String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(defaultValue = "name") @Parameter(description = "name, -name, updatedAt or -updatedAt") String sort) {
        var result = directory.people(q, order(sort), page, size);
        return new PageJson<>(result.getContent().stream().map(PersonItemJson::of).toList(), page, size,
                result.getTotalElements());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a person")
    @ApiResponse(responseCode = "201", description = "Created, with Location and ETag")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers register people")
    @ApiResponse(responseCode = "415", description = "The body is not JSON")
    @ApiResponse(responseCode = "422", description = "No name, two primary names or a bad language tag")
    ResponseEntity<PersonJson> create(@Valid @RequestBody PersonBody body) {
        var person = directory.registerPerson(body.toDraft());
        return ApiFormats.created("/people", person.id(), person.version(), PersonJson.of(person));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a person with their affiliations")
    @ApiResponse(responseCode = "200", description = "The person; the ETag is its version")
    @ApiResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    ResponseEntity<PersonJson> read(@PathVariable UUID id) {
        var person = directory.person(id);
        return ApiFormats.ok(person.version(), PersonJson.of(person));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a person", description = "Send If-Match with the ETag you read, or the version in the body.")
    @ApiResponse(responseCode = "200", description = "Changed; the new ETag is returned")
    @ApiResponse(responseCode = "403", description = "The caller may not change this person")
    @ApiResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    @ApiResponse(responseCode = "409", description = "Someone changed the person since the version sent")
    @ApiResponse(responseCode = "422", description = "Invalid body, or neither If-Match nor version")
    ResponseEntity<PersonJson> update(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody PersonBody body) {
        var person = directory.updatePerson(id, Versions.expected(ifMatch, body.version()), body.toDraft());
        return ApiFormats.ok(person.version(), PersonJson.of(person));
    }

    private static PersonOrder order(String sort) {
        return switch (sort.strip()) {
            case "name" -> PersonOrder.NAME;
            case "-name" -> PersonOrder.NAME_DESCENDING;
            case "updatedAt" -> PersonOrder.UPDATED;
            case "-updatedAt" -> PersonOrder.UPDATED_DESCENDING;
            default -> throw new IllegalArgumentException("sort must be name, -name, updatedAt or -updatedAt");
        };
    }
}
