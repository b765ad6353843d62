package org.liaison.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.ApiTokenChanged;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: issued once, stored as hashes, listed and revoked by their owner. */
@Service
@Transactional
public class ApiTokenService {

    /** Active tokens one user may hold; a guard against runaway scripts. */
    static final int MAX_ACTIVE_TOKENS = 100;

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokenService(ApiTokens tokens, Accounts accounts, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /** A new token for a user; the returned secret is never stored and cannot be shown again. */
    public IssuedToken issue(UUID account, String name, @Nullable Instant expiresAt) {
        return register(account, name, TokenSecrets.generate(), expiresAt);
    }

    /** Registers a secret chosen outside, such as {@code LIAISON_ADMIN_TOKEN}. */
    IssuedToken register(UUID account, String name, String secret, @Nullable Instant expiresAt) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new RuleViolationException("token-name-required", "A token needs a name of at most 100 characters");
        }
        Instant now = now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new RuleViolationException("token-expiry-past", "The expiry must be in the future");
        }
        if (accounts.findById(account).isEmpty()) {
            throw new NotFoundException("user", account);
        }
        if (tokens.countByAccountAndRevokedAtIsNull(account) >= MAX_ACTIVE_TOKENS) {
            throw new RuleViolationException("too-many-tokens", "Revoke unused tokens before creating more");
        }
        var token = tokens.save(new ApiToken(account, trimmed, TokenSecrets.hash(secret), expiresAt, now));
        var view = token.toView(now);
        events.publishEvent(new ApiTokenChanged(account, view.id(), trimmed, ApiTokenChanged.Change.CREATED));
        return new IssuedToken(view, secret);
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(UUID account) {
        Instant now = now();
        return tokens.findByAccountOrderByCreatedAtDesc(account).stream().map(t -> t.toView(now)).toList();
    }

    /** Revokes one of the user's own tokens; anyone else's answers 404. Revoking twice is fine. */
    public TokenView revoke(UUID account, UUID tokenId) {
        var token = tokens.findByIdAndAccount(tokenId, account).orElseThrow(() -> new NotFoundException("token", tokenId));
        token.revoke(now());
        var view = tokens.save(token).toView(now());
        events.publishEvent(new ApiTokenChanged(account, tokenId, view.name(), ApiTokenChanged.Change.REVOKED));
        return view;
    }

    /**
     * The user a token belongs to, when the token is known, active and its user enabled. Notes
     * the use (at most once a minute per token).
     */
    public Optional<AuthenticatedToken> authenticate(String secret) {
        if (secret.isBlank() || secret.length() > 512) {
            return Optional.empty();
        }
        Instant now = now();
        return tokens.findByTokenHash(TokenSecrets.hash(secret))
                .filter(t -> t.isActive(now))
                .flatMap(t -> accounts.findById(t.getAccount())
                        .filter(Account::isEnabled)
                        .map(a -> {
                            if (t.useWorthRecording(now)) {
                                tokens.recordUse(t.getId(), now, now.minus(ApiToken.LAST_USED_PRECISION));
                            }
                            var principal = a.toPrincipal();
                            principal.eraseCredentials();
                            return new AuthenticatedToken(principal, t.getId());
                        }));
    }

    /** The user behind a request's token, and which token it was. */
    public record AuthenticatedToken(AccountPrincipal principal, UUID tokenId) {}

    private Instant now() {
        return Instant.now(clock);
    }
}
