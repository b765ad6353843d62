package org.liaison.news;

import java.time.Instant;
import java.util.List;

import org.liaison.directory.OrganizationId;

/**
 * Published when a news item becomes public (now or by the publication job). Listeners must be
 * idempotent: an item withdrawn and published again is published again.
 *
 * @param topics the slugs of its topics
 */
public record NewsPublished(NewsItemId item, String slug, Instant publishedAt, List<OrganizationId> organizations,
        List<String> topics) {

    public NewsPublished {
        organizations = List.copyOf(organizations);
        topics = List.copyOf(topics);
    }
}
