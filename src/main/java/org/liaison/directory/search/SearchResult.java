package org.liaison.directory.search;

import java.util.List;
import java.util.Map;

import org.liaison.directory.OrganizationKind;

/** One page of hits, the total, and the counts per country and per kind over all hits. */
public record SearchResult(List<OrganizationHit> hits, long total, Map<String, Long> countries,
        Map<OrganizationKind, Long> kinds) {}
