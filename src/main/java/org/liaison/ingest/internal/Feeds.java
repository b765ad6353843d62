package org.liaison.ingest.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface Feeds extends Repository<Feed, UUID> {

    Feed save(Feed feed);

    Optional<Feed> findById(UUID id);

    Optional<Feed> findByUrl(String url);

    List<Feed> findAllByOrderByCreatedAt();

    @Query(value = "select count(*) from ingest_feed_entry where feed_id = :feed and entry_key = :key", nativeQuery = true)
    int countEntry(@Param("feed") UUID feed, @Param("key") String key);

    @Modifying
    @Query(value = "insert into ingest_feed_entry (feed_id, entry_key, document_id, seen_at) values (:feed, :key, :document, :now)",
            nativeQuery = true)
    void addEntry(@Param("feed") UUID feed, @Param("key") String key, @Param("document") UUID document,
            @Param("now") Instant now);
}
