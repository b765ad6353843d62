package org.liaison.access.internal;

import java.io.Serial;
import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal API token. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountPrincipal principal;
    private final UUID tokenId;

    ApiTokenAuthentication(AccountPrincipal principal, UUID tokenId) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public AccountPrincipal getPrincipal() {
        return principal;
    }

    UUID tokenId() {
        return tokenId;
    }
}
