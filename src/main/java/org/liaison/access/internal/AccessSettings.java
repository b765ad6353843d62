package org.liaison.access.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the access module.
 *
 * @param adminPassword         the first administrator's password ({@code LIAISON_ADMIN_PASSWORD}); when
 *                              empty, a one-time password is generated and logged once
 * @param adminToken            an API token registered for the first administrator ({@code LIAISON_ADMIN_TOKEN}),
 *                              at least 16 characters; read only on first start
 * @param contentSecurityPolicy the Content-Security-Policy header of every response
 * @param sessionAbsoluteTimeout how long a signed-in session lasts at most, however active (default 12 hours);
 *                              the idle timeout is {@code server.servlet.session.timeout}
 * @param throttle              how many failed sign-ins are allowed per account and per address in a window
 * @param sessionIdleTimeout    how long a signed-in session may go without a request (default 30 minutes, like
 *                              {@code server.servlet.session.timeout}, which should not be shorter)
 */
@ConfigurationProperties("liaison.access")
public record AccessSettings(@Nullable String adminPassword, @Nullable String adminToken,
        @Nullable String contentSecurityPolicy, @Nullable Duration sessionAbsoluteTimeout, @Nullable Throttle throttle,
        @Nullable Duration sessionIdleTimeout) {

    public static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    public AccessSettings {
        adminPassword = blankToNull(adminPassword);
        adminToken = blankToNull(adminToken);
        contentSecurityPolicy = contentSecurityPolicy == null || contentSecurityPolicy.isBlank() ? DEFAULT_CSP
                : contentSecurityPolicy;
        sessionAbsoluteTimeout = sessionAbsoluteTimeout == null ? Duration.ofHours(12) : sessionAbsoluteTimeout;
        throttle = throttle == null ? new Throttle(5, 20, Duration.ofMinutes(15), 50) : throttle;
        sessionIdleTimeout = sessionIdleTimeout == null ? Duration.ofMinutes(30) : sessionIdleTimeout;
    }

    public Duration idleTimeout() {
        return sessionIdleTimeout == null ? Duration.ofMinutes(30) : sessionIdleTimeout;
    }

    /**
     * @param perAccount           failed sign-ins for one username from one address within the window before
     *                             it is refused there (default 5)
     * @param perAddress           failed sign-ins from one client address within the window (default 20)
     * @param window               how long a failure counts (default 15 minutes)
     * @param perAccountEverywhere failed sign-ins for one username from all addresses together (default 50)
     */
    public record Throttle(int perAccount, int perAddress, Duration window, int perAccountEverywhere) {

        public Throttle {
            perAccountEverywhere = perAccountEverywhere <= 0 ? 50 : perAccountEverywhere;
        }
    }

    public Throttle throttle() {
        return throttle == null ? new Throttle(5, 20, Duration.ofMinutes(15), 50) : throttle;
    }

    public Duration absoluteTimeout() {
        return sessionAbsoluteTimeout == null ? Duration.ofHours(12) : sessionAbsoluteTimeout;
    }

    public String csp() {
        return contentSecurityPolicy == null ? DEFAULT_CSP : contentSecurityPolicy;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
