package org.liaison.news.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** What went out in digests. */
public interface DigestsSent extends JpaRepository<DigestSent, DigestSent.Key> {

    @Query("select d.key.update from DigestSent d where d.key.user = :user")
    List<UUID> sentTo(UUID user);
}
