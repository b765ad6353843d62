package org.liaison.forum.schedule.web;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.forum.schedule.InvalidInstanceException;
import org.liaison.forum.schedule.Progress;
import org.liaison.forum.schedule.Schedule;
import org.liaison.forum.schedule.ScheduleJson;
import org.liaison.forum.schedule.Scheduler;
import org.liaison.shared.RuleViolationException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scheduler as a synchronous call: an instance in, a schedule out (the contract's JSON), within
 * at most 60 seconds. The forum pages run the same solver as a background job instead.
 */
@RestController
@Tag(name = "Forum")
class ScheduleApi {

    static final int MAX_SECONDS = 60;

    private final CurrentViewer viewer;

    ScheduleApi(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    @PostMapping(path = "/api/v1/forum/schedule", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Schedule meetings into slots and tables",
            description = "Instance in, schedule out, as in the forum-schedule contract; the solver stops after "
                    + "`seconds` (at most 60) or earlier when every meeting is placed.")
    @ApiResponse(responseCode = "200", description = "The schedule: every meeting once, placed or unscheduled")
    @ApiResponse(responseCode = "403", description = "Only cooperation managers and administrators schedule")
    @ApiResponse(responseCode = "422", description = "An invalid instance; the detail names the first problem")
    Schedule schedule(@RequestBody byte[] body, @RequestParam(defaultValue = "10") int seconds) {
        Viewer v = viewer.get();
        if (!v.roles().contains(Role.ADMINISTRATOR) && !v.roles().contains(Role.COOPERATION_MANAGER)) {
            throw new AccessDeniedException("Only cooperation managers and administrators run the scheduler");
        }
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw new RuleViolationException("invalid-input", "seconds must be between 0 and " + MAX_SECONDS,
                    Map.of("errors", List.of(Map.of("field", "seconds", "message", "between 0 and " + MAX_SECONDS))));
        }
        try {
            return Scheduler.solve(ScheduleJson.readInstance(new ByteArrayInputStream(body)), Duration.ofSeconds(seconds),
                    1, Progress.NONE);
        } catch (InvalidInstanceException e) {
            throw new RuleViolationException("invalid-instance", e.getMessage(),
                    Map.of("errors", List.of(Map.of("field", "instance", "message", e.getMessage()))));
        }
    }
}
