package org.liaison.relationships.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.relationships.Stage;
import org.liaison.relationships.internal.CountryCoverage;
import org.liaison.relationships.internal.RelationshipService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Coverage", description = "The hub's partners per country, by stage and by kind of organization")
@ApiResponse(responseCode = "401", description = "No valid API token")
@ApiResponse(responseCode = "404", description = "The caller is not the hub's staff")
class CoverageApi {

    private final RelationshipService relationships;

    CoverageApi(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @GetMapping
    @Operation(summary = "Coverage per country", description = "For each country (ISO code; null for organizations "
            + "without one): relationships by stage and by kind, and prospectsWithoutPartner for a country with "
            + "prospects but no partner at AGREEMENT or ACTIVE.")
    @ApiResponse(responseCode = "200", description = "Countries in code order")
    Json.Items<CoverageJson> coverage() {
        return new Json.Items<>(relationships.coverage().stream().map(CoverageJson::of).toList());
    }

    /** Kinds by the extraction contract's labels, as everywhere in the API. */
    record CoverageJson(@Nullable String country, int total, Map<Stage, Integer> byStage, Map<String, Integer> byKind,
            boolean prospectsWithoutPartner) {

        static CoverageJson of(CountryCoverage c) {
            var kinds = new LinkedHashMap<String, Integer>();
            c.byKind().forEach((kind, count) -> kinds.put(kind.label(), count));
            return new CoverageJson(c.country(), c.total(), c.byStage(), kinds, c.prospectsWithoutPartner());
        }
    }
}
