package org.liaison.news;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public news pages as they were last rendered, kept on disk under
 * {@code ${liaison.data-dir}/public-cache/<language>/} in each of the four interface languages
 * (English, Russian, Chinese, Japanese) and rewritten after every publication and withdrawal:
 * {@code /news}, {@code /news/{slug}}, {@code /news/topics/{slug}}, the Atom feeds and
 * {@code /sitemap.xml}. Meant to serve anonymous visitors while the database is down; needs no
 * database itself.
 */
public interface PublicSnapshots {

    /** One stored page: its bytes, media type (with charset) and when it was written. */
    record Snapshot(byte[] content, String contentType, Instant writtenAt) {}

    /**
     * The stored page for a request path such as {@code /news} or {@code /news/feed.atom} (no query);
     * empty when none was written or the path leaves the cache folder. In the language of the
     * request being served, resolved as the live pages resolve it ({@code ?lang=}, the language
     * cookie, Accept-Language), when the calling thread serves one; in English otherwise.
     */
    Optional<Snapshot> get(String path);

    /** The stored page in one of the four languages; English for any other language. */
    Optional<Snapshot> get(String path, Locale language);

    /**
     * The stored page in the language the live public pages would answer this request in:
     * {@code ?lang=} on a GET or HEAD, else the language cookie, else Accept-Language, else English.
     */
    Optional<Snapshot> get(String path, HttpServletRequest request);

    /** The language {@link #get(String, HttpServletRequest)} picks for a request (for Content-Language). */
    Locale language(HttpServletRequest request);
}
