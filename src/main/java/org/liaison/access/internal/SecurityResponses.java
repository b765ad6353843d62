package org.liaison.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * How the security filters answer "who are you?" (401) and "not you" (403): problem details on
 * the API and for JSON clients, the login page for browsers, and {@code HX-Redirect} for htmx
 * requests whose session has ended.
 */
@Component
class SecurityResponses {

    static final String LOGIN = "/login";

    private final Problems problems;
    private final MessageSource messages;
    private final LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint(LOGIN);

    SecurityResponses(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equalsIgnoreCase(request.getHeader("HX-Request"));
    }

    void apiUnauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        response.setHeader("WWW-Authenticate", ex instanceof ApiTokenAuthenticationFilter.InvalidTokenException
                ? "Bearer realm=\"liaison\", error=\"invalid_token\"" : "Bearer realm=\"liaison\"");
        problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", text("error.unauthorized")));
    }

    void apiForbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", text("error.forbidden")));
    }

    void pageUnauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException, jakarta.servlet.ServletException {
        if (isHtmx(request)) {
            response.setHeader("HX-Redirect", request.getContextPath() + LOGIN + "?expired");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        if (Problems.isApiRequest(request)) {
            apiUnauthorized(request, response, ex);
            return;
        }
        loginPage.commence(request, response, ex);
    }

    /**
     * A page request refused. A visitor without a session who posts a form (typically a page
     * left open until the session ended, so its CSRF token is gone) is sent to sign in; a
     * signed-in user gets 403.
     */
    void pageForbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException, jakarta.servlet.ServletException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken;
        if (anonymous && ex instanceof CsrfException) {
            pageUnauthorized(request, response, new InsufficientAuthenticationException("Session ended", ex));
            return;
        }
        if (Problems.isApiRequest(request) || isHtmx(request)) {
            apiForbidden(request, response, ex);
            return;
        }
        response.sendError(HttpStatus.FORBIDDEN.value());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
