package org.liaison.directory.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.liaison.directory.search.SearchResult;

/** A page of search hits with the total and the facet counts over all hits. */
@Schema(name = "OrganizationSearchPage")
record SearchPageJson(List<OrganizationHitJson> items, int page, int size, long total, Facets facets) {

    /** Counts per country code and per kind label. */
    record Facets(Map<String, Long> country, Map<String, Long> kind) {}

    static SearchPageJson of(SearchResult result, int page, int size) {
        var kinds = new LinkedHashMap<String, Long>();
        result.kinds().forEach((kind, count) -> kinds.put(kind.label(), count));
        return new SearchPageJson(result.hits().stream().map(OrganizationHitJson::of).toList(), page, size,
                result.total(), new Facets(new LinkedHashMap<>(result.countries()), kinds));
    }
}
