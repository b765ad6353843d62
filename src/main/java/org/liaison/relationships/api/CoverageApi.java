package org.liaison.relationships.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.EngagementQueries;
import org.liaison.relationships.Stage;
import org.liaison.relationships.internal.CountryCoverage;
import org.liaison.relationships.internal.RelationshipBoard;
import org.liaison.relationships.internal.RelationshipStageLabels;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Coverage", description = "The hub's partners per country, by stage and by kind of organization")
@ApiResponse(responseCode = "401", description = "No valid API token")
@ApiResponse(responseCode = "404", description = "The caller is not the hub's staff")
class CoverageApi {

    /** Months of engagements the chart covers when no range is given: from this one to a year ahead. */
    static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private final RelationshipBoard board;
    private final RelationshipStageLabels stageLabels;
    private final EngagementQueries engagements;
    private final Clock clock;

    CoverageApi(RelationshipBoard board, RelationshipStageLabels stageLabels, EngagementQueries engagements,
            Clock clock) {
        this.board = board;
        this.stageLabels = stageLabels;
        this.engagements = engagements;
        this.clock = clock;
    }

    @GetMapping("/charts")
    @Operation(summary = "Data of the coverage charts", description = "Relationships per country split into partners "
            + "(AGREEMENT, ACTIVE) and others, the pipeline funnel (relationships per stage with its label in the "
            + "request's language) and the engagements per month the caller may see (months without any left out). "
            + "Optional range of months for the engagements, e.g. from=2012-01&to=2012-12.")
    @ApiResponse(responseCode = "200", description = "The three series")
    @ApiResponse(responseCode = "400", description = "A month that is not yyyy-MM")
    ChartsJson charts(@RequestParam(required = false) @Nullable YearMonth from,
            @RequestParam(required = false) @Nullable YearMonth to, Locale locale) {
        var coverage = board.coverage();
        var labels = stageLabels.stageLabels(locale);
        var countries = coverage.stream().map(c -> {
            int partners = c.byStage().entrySet().stream().filter(e -> e.getKey().isPartner())
                    .mapToInt(Map.Entry::getValue).sum();
            String name = c.country() == null ? "" : new Locale.Builder().setRegion(c.country()).build()
                    .getDisplayCountry(locale);
            return new CountryJson(c.country(), name, partners, c.total() - partners, c.prospectsWithoutPartner());
        }).toList();
        var funnel = new java.util.ArrayList<StageCountJson>();
        for (Stage stage : Stage.values()) {
            if (stage != Stage.DORMANT) {
                funnel.add(new StageCountJson(stage, labels.get(stage), coverage.stream()
                        .mapToInt(c -> c.byStage().getOrDefault(stage, 0)).sum()));
            }
        }
        YearMonth last = to == null ? YearMonth.now(clock).plusMonths(12) : to;
        var months = engagements.perMonth(from == null ? EARLIEST : from, last).stream()
                .map(m -> new MonthJson(m.month().toString(), m.count())).toList();
        return new ChartsJson(countries, funnel, months);
    }

    record ChartsJson(List<CountryJson> countries, List<StageCountJson> funnel, List<MonthJson> engagementsPerMonth) {}

    record CountryJson(@Nullable String country, String name, int partners, int others, boolean prospectsWithoutPartner) {}

    record StageCountJson(Stage stage, String label, int count) {}

    record MonthJson(String month, long count) {}

    @GetMapping
    @Operation(summary = "Coverage per country", description = "For each country (ISO code; null for organizations "
            + "without one): relationships by stage and by kind, and prospectsWithoutPartner for a country with "
            + "prospects but no partner at AGREEMENT or ACTIVE.")
    @ApiResponse(responseCode = "200", description = "Countries in code order")
    Json.Items<CoverageJson> coverage() {
        return new Json.Items<>(board.coverage().stream().map(CoverageJson::of).toList());
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
