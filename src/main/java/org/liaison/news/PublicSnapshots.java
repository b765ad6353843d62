package org.liaison.news;

import java.time.Instant;
import java.util.Optional;

/**
 * The public news pages as they were last rendered, kept on disk under
 * {@code ${liaison.data-dir}/public-cache/} and rewritten after every publication and withdrawal:
 * {@code /news}, {@code /news/{slug}}, {@code /news/topics/{slug}}, the Atom feeds and
 * {@code /sitemap.xml}. Meant to serve anonymous visitors while the database is down; needs no
 * database itself.
 */
public interface PublicSnapshots {

    /** One stored page: its bytes, media type (with charset) and when it was written. */
    record Snapshot(byte[] content, String contentType, Instant writtenAt) {}

    /**
     * The stored page for a request path such as {@code /news} or {@code /news/feed.atom} (no query);
     * empty when none was written or the path leaves the cache folder.
     */
    Optional<Snapshot> get(String path);
}
