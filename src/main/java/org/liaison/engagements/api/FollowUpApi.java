package org.liaison.engagements.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.engagements.internal.Agenda;
import org.liaison.engagements.internal.CalendarFeedService;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.FollowUpView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = Json.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Follow-ups", description = "Tasks engagements leave, my agenda and my calendar feed")
@ApiResponse(responseCode = "401", description = "No valid API token")
class FollowUpApi {

    private final EngagementService engagements;
    private final CalendarFeedService calendars;

    FollowUpApi(EngagementService engagements, CalendarFeedService calendars) {
        this.engagements = engagements;
        this.calendars = calendars;
    }

    @PostMapping("/follow-ups/{id}/done")
    @Operation(summary = "Mark a follow-up done", description = "By its owner, a cooperation manager or an administrator. "
            + "Marking it again changes nothing.")
    @ApiResponse(responseCode = "200", description = "The follow-up, done")
    @ApiResponse(responseCode = "403", description = "Neither its owner nor a manager")
    @ApiResponse(responseCode = "404", description = "No such follow-up, or its engagement is not visible to the caller")
    ResponseEntity<FollowUpView> done(@PathVariable UUID id) {
        var done = engagements.markDone(id);
        return Json.ok(done.version(), done);
    }

    @GetMapping("/me/follow-ups")
    @Operation(summary = "My agenda: my open follow-ups and the upcoming engagements I may see",
            description = "Follow-ups soonest due first; engagements of the next 90 days in order of time.")
    @ApiResponse(responseCode = "200", description = "The agenda")
    Agenda mine() {
        return engagements.myAgenda();
    }

    @GetMapping("/me/calendar")
    @Operation(summary = "Whether I have a calendar feed, and since when",
            description = "The secret URL is shown only when it is issued (POST); it cannot be read back.")
    @ApiResponse(responseCode = "200", description = "The feed's state")
    Json.CalendarJson calendar() {
        var since = calendars.status();
        return new Json.CalendarJson(since.isPresent(), since.orElse(null), null);
    }

    @PostMapping("/me/calendar")
    @Operation(summary = "Issue a new secret URL for my calendar feed",
            description = "The previous URL stops working. Subscribe to the returned URL in a calendar app (RFC 5545).")
    @ApiResponse(responseCode = "201", description = "The new feed URL, shown once")
    ResponseEntity<Json.CalendarJson> resetCalendar() {
        var issued = calendars.reset();
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/{token}.ics")
                .buildAndExpand(issued.token()).toUriString();
        return ResponseEntity.status(HttpStatus.CREATED).body(new Json.CalendarJson(true, issued.createdAt(), url));
    }
}
