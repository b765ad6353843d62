package org.liaison.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request Spring Security's firewall refuses before anything else sees it (an encoded NUL, an
 * encoded slash or {@code ..} in the path, a header with control characters) is answered 400 as
 * every other bad request is: a problem detail for the API, the error page saying so otherwise
 * ({@link ErrorPageText}). Without it the firewall's own answer was an error body of Spring Boot's
 * shape, not a problem detail.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    private final Problems problems;
    private final MessageSource messages;

    RejectedRequests(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.info("Request refused by the firewall: {}", rejected.getMessage());
        if (Problems.isApiRequest(request)) {
            problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "bad-request",
                    messages.getMessage("error.bad-request", null, "error.bad-request", request.getLocale())));
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
