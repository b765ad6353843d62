package org.liaison.operations.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.operations.internal.MaintenanceRefusal;
import org.liaison.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A write refused during maintenance: 503 with Retry-After, as a problem detail on the API, as a
 * page with the banner in the browser, and as a notice swapped into the page's alert region for
 * htmx requests.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MaintenanceAdvice {

    private final Problems problems;
    private final MessageSource messages;

    MaintenanceAdvice(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(MaintenanceRefusal.class)
    ModelAndView refused(MaintenanceRefusal refusal, HttpServletRequest request, HttpServletResponse response,
            Locale locale) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        String text = messages.getMessage("operations.maintenance.refused", null, locale);
        if (Problems.isApiRequest(request)) {
            var problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "maintenance", text);
            problem.setProperty("retryAfterSeconds", refusal.retryAfterSeconds());
            problems.write(request, response, problem);
            return new ModelAndView();
        }
        var page = new ModelAndView("true".equalsIgnoreCase(request.getHeader("HX-Request"))
                ? "operations/maintenance :: refused" : "operations/refused");
        if ("true".equalsIgnoreCase(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Retarget", "#maintenance-notice");
            response.setHeader("HX-Reswap", "innerHTML");
        }
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("message", text);
        return page;
    }
}
