package org.liaison.relationships.internal;

import java.util.List;

/** One page of relationships: zero-based page, its size, and the total over all pages. */
public record RelationshipPage(List<RelationshipView> items, int page, int size, long total) {}
