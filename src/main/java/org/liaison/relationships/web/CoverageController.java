package org.liaison.relationships.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.relationships.Stage;
import org.liaison.relationships.internal.RelationshipBoard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Country coverage: per country, relationships by stage and by kind; a country with prospects but
 * no active partner is marked so that it reads at a glance. The charts below the table draw from
 * {@code /api/v1/coverage/charts} with a script file (no inline script under the CSP).
 */
@Controller
class CoverageController {

    private final RelationshipBoard board;
    private final PageSupport support;

    CoverageController(RelationshipBoard board, PageSupport support) {
        this.board = board;
        this.support = support;
    }

    /** One row of the coverage table as the page shows it. */
    record Row(@Nullable String country, String countryName, int total, java.util.Map<String, Integer> byStage,
            java.util.List<String> kinds, boolean noPartner) {}

    @GetMapping("/coverage")
    String coverage(@RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String area, Model model, Locale locale) {
        var filter = FilterForm.of(null, kind, owner, area);
        support.filters(filter, locale, model);
        var rows = board.coverage(filter.toFilter()).stream().map(c -> new Row(c.country(),
                c.country() == null ? support.message("relationships.coverage.no-country", new Object[0], locale)
                        : PageSupport.countryName(c.country(), locale),
                c.total(), byName(c.byStage()),
                c.byKind().entrySet().stream().map(e -> support.message("directory.kind." + e.getKey().name(),
                        new Object[0], locale) + " " + e.getValue()).toList(),
                c.prospectsWithoutPartner())).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("stages", Stage.values());
        return "relationships/coverage";
    }

    private static java.util.Map<String, Integer> byName(java.util.Map<Stage, Integer> byStage) {
        var result = new java.util.LinkedHashMap<String, Integer>();
        byStage.forEach((stage, count) -> result.put(stage.name(), count));
        return result;
    }
}
