package org.liaison.directory.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.access.ReadScope;

/**
 * Finds organizations across scripts and spellings. Every result, count and facet is limited to
 * what the read scope permits.
 */
public interface OrganizationSearch {

    SearchResult search(SearchQuery query, ReadScope scope);

    /**
     * Organizations that are probably the same as one with these names or website: the same
     * name in any script or reading, or the same website host. Merged organizations are never
     * returned.
     */
    List<OrganizationHit> likelyDuplicates(List<String> names, @Nullable String website, ReadScope scope);
}
