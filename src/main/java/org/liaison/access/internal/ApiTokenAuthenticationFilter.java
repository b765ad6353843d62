package org.liaison.access.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the API. A request with a bearer header
 * is judged by that token alone: a bad, revoked or expired one answers 401 even when a session
 * cookie came along. The context is not saved, so token requests never create a session.
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenAuthenticationFilter.class);
    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenAuthenticationFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        var authenticated = tokens.authenticate(secret);
        if (authenticated.isEmpty()) {
            log.info("Refused an API token on {} {} from {}", request.getMethod(), request.getRequestURI(),
                    request.getRemoteAddr());
            contexts.clearContext();
            entryPoint.commence(request, response, new InvalidTokenException());
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(authenticated.get().principal(), authenticated.get().tokenId()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    /** A bearer token that is unknown, revoked, expired, or whose user is disabled. */
    static final class InvalidTokenException extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        InvalidTokenException() {
            super("The API token is not valid");
        }
    }
}
