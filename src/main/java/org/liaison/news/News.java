package org.liaison.news;

import java.time.Instant;

/**
 * Commands other modules may give the news: publish an item now, or at a time. The caller must be
 * an administrator or a cooperation manager (or run as {@code Viewer.system}); an unknown item is a
 * {@code NotFoundException}, an item that cannot move so a {@code RuleViolationException}.
 */
public interface News {

    /** Publishes a draft, scheduled or withdrawn item now; publishing a published item changes nothing. */
    NewsHeadline publish(NewsItemId item);

    /** Schedules a draft or withdrawn item to be published at {@code at}, which must be in the future. */
    void schedule(NewsItemId item, Instant at);
}
