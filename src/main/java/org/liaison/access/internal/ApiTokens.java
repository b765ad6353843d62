package org.liaison.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The API tokens, found by the hash of the token a client sends. */
public interface ApiTokens extends Repository<ApiToken, UUID> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndAccount(UUID id, UUID account);

    List<ApiToken> findByAccountOrderByCreatedAtDesc(UUID account);

    long countByAccountAndRevokedAtIsNull(UUID account);

    /**
     * Notes a use of the token unless one at or after {@code staleBefore} is noted already. A bulk
     * update: it neither checks nor bumps the version, so requests using one token at the same moment
     * never conflict (the last-used time is a hint, not something edited); 1 when it wrote the row.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
    int recordUse(UUID id, Instant now, Instant staleBefore);
}
