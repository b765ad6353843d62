package org.liaison.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.access.Role;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SessionValidityFilterTests {

    final AccountPrincipal manager = new AccountPrincipal(UUID.randomUUID(), "manager", "Manager", null, true,
            EnumSet.of(Role.COOPERATION_MANAGER), null, Set.of(), null);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFreshSessionOfAnEnabledUserGoesOn() throws Exception {
        var request = signedInRequest();
        filter(id -> true, Instant.now()).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(((MockHttpSession) request.getSession(false)).isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    @Test
    void theSessionOfADisabledUserEnds() throws Exception {
        var request = signedInRequest();
        var session = (MockHttpSession) request.getSession(false);
        filter(id -> false, Instant.now()).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
        assertThat(request.getSession(false)).isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aSessionEndsAfterTheAbsoluteTimeoutHoweverActive() throws Exception {
        var request = signedInRequest();
        var session = (MockHttpSession) request.getSession(false);
        // an idle timeout longer than the absolute one: only the absolute one can end it
        var justBefore = new SessionValidityFilter(id -> true, Duration.ofHours(12), Duration.ofDays(2),
                Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(12)), ZoneOffset.UTC));
        justBefore.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
        new SessionValidityFilter(id -> true, Duration.ofHours(12), Duration.ofDays(2),
                Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(12)).plusSeconds(1),
                        ZoneOffset.UTC))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesButNotBefore() throws Exception {
        var request = signedInRequest();
        var session = (MockHttpSession) request.getSession(false);
        Instant lastRequest = Instant.ofEpochMilli(session.getLastAccessedTime());
        filter(id -> true, lastRequest.plus(Duration.ofMinutes(29)))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
        filter(id -> true, lastRequest.plus(Duration.ofMinutes(30)).plusSeconds(1))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void theIdleTimeoutIsConfigurable() throws Exception {
        var request = signedInRequest();
        var session = (MockHttpSession) request.getSession(false);
        Instant lastRequest = Instant.ofEpochMilli(session.getLastAccessedTime());
        new SessionValidityFilter(id -> true, Duration.ofHours(12), Duration.ofMinutes(5),
                Clock.fixed(lastRequest.plus(Duration.ofMinutes(6)), ZoneOffset.UTC))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
        assertThat(new AccessSettings(null, null, null, null, null, null).idleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(new AccessSettings(null, null, null, null, null, null).absoluteTimeout()).isEqualTo(Duration.ofHours(12));
    }

    private MockHttpServletRequest signedInRequest() {
        var request = new MockHttpServletRequest("GET", "/directory");
        request.setSession(new MockHttpSession());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
        return request;
    }

    private static SessionValidityFilter filter(java.util.function.Predicate<UUID> enabled, Instant now) {
        return new SessionValidityFilter(enabled, Duration.ofHours(12), Duration.ofMinutes(30), Clock.fixed(now, ZoneOffset.UTC));
    }
}
