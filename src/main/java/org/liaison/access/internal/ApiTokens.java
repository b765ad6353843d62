package org.liaison.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The API tokens, found by the hash of the token a client sends. */
public interface ApiTokens extends Repository<ApiToken, UUID> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndAccount(UUID id, UUID account);

    List<ApiToken> findByAccountOrderByCreatedAtDesc(UUID account);

    long countByAccountAndRevokedAtIsNull(UUID account);

    /**
     * Notes a use of the token without its version: many requests with one token at the same moment
     * would otherwise collide on the token's optimistic lock (a 500 for all but one of them).
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int touch(@Param("id") UUID id, @Param("now") Instant now, @Param("before") Instant before);
}
