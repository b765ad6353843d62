package org.liaison.news;

import java.util.List;
import java.util.Optional;

import org.liaison.directory.OrganizationId;

/**
 * What other modules read of the news: only published items, which everyone may read. Drafts,
 * scheduled and withdrawn items never appear here.
 */
public interface NewsQueries {

    /** The latest published items, newest first, at most {@code limit}. */
    List<NewsHeadline> latest(int limit);

    /** The published items linked to an organization, newest first, at most {@code limit}. */
    List<NewsHeadline> about(OrganizationId organization, int limit);

    /** A published item by its slug. */
    Optional<NewsHeadline> published(String slug);
}
