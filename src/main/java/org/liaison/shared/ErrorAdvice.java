package org.liaison.shared;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns every exception into a problem detail (API) or a readable error page (pages), never a
 * stack trace. A missing or invisible record is 404, a stale version 409, invalid input 400/422.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final Problems problems;
    private final MessageSource messages;

    ErrorAdvice(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException ex, HttpServletRequest req, HttpServletResponse res, Locale locale)
            throws IOException {
        return respond(req, res, Problems.of(HttpStatus.NOT_FOUND, "not-found",
                text("error.not-found", locale)));
    }

    @ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
    ModelAndView stale(RuntimeException ex, HttpServletRequest req, HttpServletResponse res, Locale locale)
            throws IOException {
        var problem = Problems.of(HttpStatus.CONFLICT, "stale-version", text("error.stale-version", locale));
        if (ex instanceof StaleVersionException stale) {
            problem.setProperty("currentVersion", stale.current());
        }
        return respond(req, res, problem);
    }

    /**
     * A write that lost a race on a lock (a lock timeout or deadlock while another request changes
     * the same record): the same answer as a stale version, since the record is changing under it.
     */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView concurrent(ConcurrencyFailureException ex, HttpServletRequest req, HttpServletResponse res,
            Locale locale) throws IOException {
        log.info("Concurrent update refused on {} {}: {}", req.getMethod(), req.getRequestURI(), ex.getMessage());
        return respond(req, res, Problems.of(HttpStatus.CONFLICT, "concurrent-update", text("error.concurrent-update", locale)));
    }

    /**
     * A create that lost a race on a unique key (the same username, subscription, registration ...
     * written by two requests at once): 409 in words, with no SQL, table or constraint name. Other
     * integrity violations are defects and stay 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException ex, HttpServletRequest req, HttpServletResponse res,
            Locale locale) throws IOException {
        if (!isUniqueViolation(ex)) {
            return unexpected(ex, req, res, locale);
        }
        log.info("Duplicate refused on {} {}", req.getMethod(), req.getRequestURI());
        return respond(req, res, Problems.of(HttpStatus.CONFLICT, "already-exists", text("error.already-exists", locale)));
    }

    /** A unique or primary key violation: SQLState 23505 on H2 and PostgreSQL, or Spring's DuplicateKeyException. */
    static boolean isUniqueViolation(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException
                    || cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(RuleViolationException.class)
    ModelAndView rule(RuleViolationException ex, HttpServletRequest req, HttpServletResponse res, Locale locale)
            throws IOException {
        var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.code(),
                messages.getMessage("error." + ex.code(), null, ex.getMessage(), locale));
        ex.details().forEach(problem::setProperty);
        return respond(req, res, problem);
    }

    @ExceptionHandler(BindException.class)
    ModelAndView invalid(BindException ex, HttpServletRequest req, HttpServletResponse res, Locale locale)
            throws IOException {
        var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", text("error.invalid-input", locale));
        List<Map<String, Object>> errors = ex.getFieldErrors().stream()
                .map(e -> Map.<String, Object>of("field", e.getField(),
                        "message", messages.getMessage(e, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return respond(req, res, problem);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView invalidParameters(HandlerMethodValidationException ex, HttpServletRequest req,
            HttpServletResponse res, Locale locale) throws IOException {
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", text("error.invalid-parameter", locale));
        problem.setProperty("errors", ex.getParameterValidationResults().stream()
                .map(r -> Map.of("parameter", String.valueOf(r.getMethodParameter().getParameterName()),
                        "message", r.getResolvableErrors().stream()
                                .map(e -> messages.getMessage(e, locale)).toList()))
                .toList());
        return respond(req, res, problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView unreadable(HttpMessageNotReadableException ex, HttpServletRequest req, HttpServletResponse res,
            Locale locale) throws IOException {
        if (bodyTooLarge(ex)) {
            return respond(req, res, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", text("error.too-large", locale)));
        }
        return respond(req, res, Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body", text("error.unreadable-body", locale)));
    }

    /**
     * Whether the body-size filter stopped the body being read: a converter reports it as an
     * unreadable body, a handler that streams its body itself (a {@link RawUpload}) perhaps wrapped
     * in an {@link java.io.UncheckedIOException}.
     */
    static boolean bodyTooLarge(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, IllegalArgumentException.class })
    ModelAndView badParameter(Exception ex, HttpServletRequest req, HttpServletResponse res, Locale locale)
            throws IOException {
        return respond(req, res, Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", text("error.invalid-parameter", locale)));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest req, HttpServletResponse res,
            Locale locale) throws IOException {
        return respond(req, res, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", text("error.too-large", locale)));
    }

    /**
     * A multipart body the container or Spring cannot parse (broken framing, a NUL in a part's file
     * name, which Spring's header parser refuses): the client's error, 400, not a 500.
     */
    @ExceptionHandler(MultipartException.class)
    ModelAndView brokenMultipart(MultipartException ex, HttpServletRequest req, HttpServletResponse res, Locale locale)
            throws IOException {
        log.info("Unreadable multipart body on {} {}: {}", req.getMethod(), req.getRequestURI(), ex.getMessage());
        return respond(req, res, Problems.of(HttpStatus.BAD_REQUEST, "bad-request", text("error.bad-request", locale)));
    }

    @ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
    ModelAndView denied(RuntimeException ex, HttpServletRequest req, HttpServletResponse res, Locale locale)
            throws IOException {
        return respond(req, res, Problems.of(HttpStatus.FORBIDDEN, "forbidden", text("error.forbidden", locale)));
    }

    @ExceptionHandler({ ServletException.class, ErrorResponseException.class })
    ModelAndView framework(Exception ex, HttpServletRequest req, HttpServletResponse res, Locale locale)
            throws IOException {
        if (!(ex instanceof ErrorResponse error)) {
            return unexpected(ex, req, res, locale);
        }
        var status = error.getStatusCode();
        var code = Problems.code(status.value());
        var problem = Problems.of(status, code, text("error." + code, locale));
        error.getHeaders().forEach((name, values) -> values.forEach(v -> res.addHeader(name, v)));
        return respond(req, res, problem);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, HttpServletRequest req, HttpServletResponse res, Locale locale)
            throws IOException {
        if (bodyTooLarge(ex)) {
            return respond(req, res, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", text("error.too-large", locale)));
        }
        log.error("Unexpected error on {} {}", req.getMethod(), req.getRequestURI(), ex);
        return respond(req, res, Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", text("error.server-error", locale)));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private ModelAndView respond(HttpServletRequest req, HttpServletResponse res, ProblemDetail problem)
            throws IOException {
        if (Problems.isApiRequest(req)) {
            problems.write(req, res, problem);
            return new ModelAndView();
        }
        var page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(problem.getStatus()));
        page.addObject("status", problem.getStatus());
        page.addObject("code", problem.getProperties() == null ? null : problem.getProperties().get("code"));
        page.addObject("message", problem.getDetail());
        page.addObject("problem", Problems.body(problem));
        return page;
    }
}
