package org.liaison.shared;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a page's multipart form before Spring Security does, so that one over the upload limits
 * ({@code spring.servlet.multipart.*}) is answered 413 with the error page saying so
 * ({@link ErrorPageText}), and not 403. Security's CSRF check reads the form's token as a request
 * parameter; the container, asked for it, parses the whole form, fails on the size and answers no
 * parameter at all, so a page upload over the limit looked like a forged request. Forms within the
 * limits are parsed once (the container keeps the parts). API requests are left to Spring MVC,
 * after authentication (no CSRF token there): {@link ErrorAdvice} answers their 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class MultipartLimitFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || Problems.isApiRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | ServletException | IOException e) {
            if (tooLarge(e)) {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                return;
            }
            // anything else (a broken form, no multipart configuration) is left to Spring MVC to answer
        }
        chain.doFilter(request, response);
    }

    /** Whether the container refused the form for one of its size limits. */
    static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException") || name.contains("FileCountLimit")
                    || message.contains("exceeds its maximum") || message.contains("exceeds the configured maximum")) {
                return true;
            }
        }
        return false;
    }
}
