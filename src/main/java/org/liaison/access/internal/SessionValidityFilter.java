package org.liaison.access.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that must not go on: its user was disabled since, or it is older than
 * the absolute timeout, or idle for longer than the idle timeout (checked here too, not only by the
 * servlet container, so that a clock decides it and a test can show it). The request then goes on
 * as anonymous, so pages send it to sign in and the API answers 401. Checked on every request
 * with a session, on every node: no session registry to keep in step.
 */
final class SessionValidityFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionValidityFilter.class);

    private final Predicate<UUID> enabled;
    private final Duration absoluteTimeout;
    private final Duration idleTimeout;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    /** @param enabled whether the user with this id exists and is enabled now */
    SessionValidityFilter(Predicate<UUID> enabled, Duration absoluteTimeout, Duration idleTimeout, Clock clock) {
        this.enabled = enabled;
        this.absoluteTimeout = absoluteTimeout;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var auth = contexts.getContext().getAuthentication();
        if (session != null && auth instanceof UsernamePasswordAuthenticationToken
                && auth.getPrincipal() instanceof AccountPrincipal principal) {
            long now = clock.millis();
            boolean tooOld = now - session.getCreationTime() > absoluteTimeout.toMillis();
            boolean idle = now - session.getLastAccessedTime() > idleTimeout.toMillis();
            if (tooOld || idle || !enabled.test(principal.id())) {
                log.info("Ended the session of {}: {}", principal.getUsername(),
                        tooOld ? "absolute timeout" : idle ? "idle timeout" : "user disabled");
                session.invalidate();
                contexts.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
