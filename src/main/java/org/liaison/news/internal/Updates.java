package org.liaison.news.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The entries of "what is new". */
public interface Updates extends JpaRepository<Update, UUID> {

    Optional<Update> findByKindAndRef(UpdateKind kind, UUID ref);

    @Query("select u from Update u where u.recordedAt >= :since order by u.recordedAt desc, u.occurredOn desc")
    List<Update> findRecordedSince(Instant since);
}
