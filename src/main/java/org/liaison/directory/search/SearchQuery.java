package org.liaison.directory.search;

import java.util.Set;

import org.liaison.directory.OrganizationKind;

/**
 * A directory search: free text (blank lists everything, by name), facet filters, a page.
 *
 * @param page zero-based
 * @param size 1 to 100
 */
public record SearchQuery(String text, Set<String> countries, Set<OrganizationKind> kinds, int page, int size) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be between 1 and 100");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), 0, 20);
    }
}
