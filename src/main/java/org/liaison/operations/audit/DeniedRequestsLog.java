package org.liaison.operations.audit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records a request that a controller or a service refused with 403 (visible, not allowed) as an
 * ACCESS_DENIED security event. Requests refused by the security filters themselves never get
 * here; Spring Security's {@code AuthorizationDeniedEvent} records those.
 */
@Component
class DeniedRequestsLog extends OncePerRequestFilter {

    private final SecurityEventLog log;

    DeniedRequestsLog(SecurityEventLog log) {
        this.log = log;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            log.record("ACCESS_DENIED", auth == null || auth instanceof AnonymousAuthenticationToken ? null : auth,
                    request.getMethod() + " " + request.getRequestURI());
        }
    }
}
