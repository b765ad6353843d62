package org.liaison.access.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The API tokens, found by the hash of the token a client sends. */
public interface ApiTokens extends Repository<ApiToken, UUID> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndAccount(UUID id, UUID account);

    List<ApiToken> findByAccountOrderByCreatedAtDesc(UUID account);

    long countByAccountAndRevokedAtIsNull(UUID account);
}
