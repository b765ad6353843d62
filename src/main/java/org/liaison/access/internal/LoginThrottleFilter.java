package org.liaison.access.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in form post (password or second-factor code) while {@link LoginThrottle} says so, before the password is checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LoginThrottleFilter.class);

    /** Control characters (CR, LF, ...) of a typed username cannot forge log lines. */
    static String printable(String value) {
        return value.replaceAll("\\p{Cntrl}", "?");
    }

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && ((request.getContextPath() + SecurityResponses.LOGIN).equals(request.getRequestURI())
                        || (request.getContextPath() + SecondFactorAuthentication.STEP).equals(request.getRequestURI())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean secondStep = request.getRequestURI().endsWith(SecondFactorAuthentication.STEP);
        var current = SecurityContextHolder.getContext().getAuthentication();
        String username = secondStep ? (current == null ? "" : current.getName()) : request.getParameter("username");
        if (throttle.refuses(LoginThrottle.key(username), LoginThrottle.addressOf(request))) {
            log.warn("Refused a sign-in {}for '{}' from {}: too many failures", secondStep ? "code " : "",
                    printable(LoginThrottle.key(username)), printable(LoginThrottle.addressOf(request)));
            response.setHeader("Retry-After", "60");
            response.sendRedirect(request.getContextPath()
                    + (secondStep ? SecondFactorAuthentication.STEP : SecurityResponses.LOGIN) + "?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
