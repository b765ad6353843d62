package org.liaison.engagements.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.engagements.internal.CalendarFeedService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public iCalendar feed: the secret token in the URL is the credential, so calendar apps can subscribe. */
@RestController
@Tag(name = "Follow-ups")
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService calendars;

    CalendarFeedController(CalendarFeedService calendars) {
        this.calendars = calendars;
    }

    @GetMapping(path = "/calendar/{token}.ics", produces = "text/calendar")
    @Operation(summary = "A user's iCalendar feed (RFC 5545)",
            description = "No sign-in: the secret token (from POST /api/v1/me/calendar) is the credential. Upcoming "
                    + "engagements the user may see as VEVENTs in their own time zones, open follow-ups as VTODOs.")
    @ApiResponse(responseCode = "200", description = "The calendar")
    @ApiResponse(responseCode = "404", description = "Unknown or revoked token")
    ResponseEntity<String> feed(@PathVariable @Parameter(description = "The secret token") String token) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                .body(calendars.render(token));
    }
}
