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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;

/**
 * Parses a page's multipart form before Spring Security does, so that one over the upload limits
 * ({@code spring.servlet.multipart.*}) is answered 413 with the error page saying so
 * ({@link ErrorPageText}). What it prevents: Security's CSRF filter asks for the form's token as a
 * request parameter; the container then parses the whole form, fails on the size and (Tomcat 11)
 * throws from {@code getParameter}, so a page upload one byte over the limit ended as a 500 error
 * page. Seen with this filter removed (session 6): {@code UploadLimitIntegrationTests
 * .theLimitHoldsToTheByteOnEveryUploadEndpoint} failed on all 5 page upload endpoints, 500 each
 * (InvalidParameterException from FileSizeLimitExceededException in CsrfFilter), one with the
 * connection closed under the client. "Over the limit" is told by Spring's own multipart resolver
 * ({@link MaxUploadSizeExceededException}, the same Spring MVC raises for the API after
 * authentication), not by matching the container's exception names. Forms within the limits are
 * parsed once (the container keeps the parts); a form that cannot be parsed at all (broken framing,
 * a NUL in a file name, which Spring's header parser refuses) is a bad request (400), where it was a
 * 403 for its unreadable CSRF token. API requests are left to Spring MVC, after
 * authentication (no CSRF token there): {@link ErrorAdvice} answers their 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class MultipartLimitFilter extends OncePerRequestFilter {

    private final MultipartResolver multipart;

    MultipartLimitFilter(MultipartResolver multipart) {
        this.multipart = multipart;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || Problems.isApiRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // parsed now and kept by the container: Spring MVC's own resolution later finds the parts
            multipart.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException tooLarge) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        } catch (MultipartException broken) {
            // a form that cannot be read (broken framing, a NUL in a file name) has no readable CSRF token
            // either: the bad request it is (400, the error page saying so), not a forged one (403)
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
