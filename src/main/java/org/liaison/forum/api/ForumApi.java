package org.liaison.forum.api;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.EngagementId;
import org.liaison.forum.api.Bodies.EventBody;
import org.liaison.forum.api.Bodies.GroupBody;
import org.liaison.forum.api.Bodies.ItemsJson;
import org.liaison.forum.api.Bodies.OutcomeBody;
import org.liaison.forum.api.Bodies.ParticipantBody;
import org.liaison.forum.api.Bodies.PlacementBody;
import org.liaison.forum.api.Bodies.PublishBody;
import org.liaison.forum.api.Bodies.RequestBody;
import org.liaison.forum.internal.ForumAccess;
import org.liaison.forum.internal.ForumAgendas;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumOutcomes;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.forum.internal.MeetingPlacements;
import org.liaison.forum.internal.MeetingRequests;
import org.liaison.forum.internal.ParticipantType;
import org.liaison.forum.internal.ScheduleJobs;
import org.liaison.forum.internal.Views.AgendaView;
import org.liaison.forum.internal.Views.EventView;
import org.liaison.forum.internal.Views.MeetingView;
import org.liaison.forum.internal.Views.ParticipantView;
import org.liaison.forum.internal.Views.ProfileView;
import org.liaison.forum.internal.Views.TablePlanSlot;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/forum", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Forum", description = "Brokerage events at forums: registration, meeting requests, scheduling, agendas, outcomes")
@ApiResponse(responseCode = "401", description = "No valid API token")
class ForumApi {

    private final ForumAccess access;
    private final ForumEvents events;
    private final ForumRegistrations registrations;
    private final MeetingRequests requests;
    private final MeetingPlacements placements;
    private final ForumAgendas agendas;
    private final ScheduleJobs jobs;
    private final ForumOutcomes outcomes;

    ForumApi(ForumAccess access, ForumEvents events, ForumRegistrations registrations, MeetingRequests requests,
            MeetingPlacements placements, ForumAgendas agendas, ScheduleJobs jobs, ForumOutcomes outcomes) {
        this.access = access;
        this.events = events;
        this.registrations = registrations;
        this.requests = requests;
        this.placements = placements;
        this.agendas = agendas;
        this.jobs = jobs;
        this.outcomes = outcomes;
    }

    // Events

    @GetMapping("/events")
    @Operation(summary = "List brokerage events")
    ItemsJson<EventView> events() {
        return new ItemsJson<>(events.list());
    }

    @PostMapping(path = "/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a brokerage event at a forum engagement", description = "Organisers only; slots are generated.")
    @ApiResponse(responseCode = "201", description = "Created, with Location and ETag")
    @ApiResponse(responseCode = "422", description = "Invalid body, unknown engagement or not a forum")
    ResponseEntity<EventView> create(@Valid @org.springframework.web.bind.annotation.RequestBody EventBody body) {
        if (body.engagementId() == null) {
            throw new RuleViolationException("forum.engagement-required", "Name the forum engagement");
        }
        var created = events.create(new EngagementId(body.engagementId()), body.toDraft(), false);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/forum/events/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).eTag(Versions.etag(created.version())).body(created);
    }

    @GetMapping("/events/{id}")
    @Operation(summary = "Read a brokerage event with its slots")
    ResponseEntity<EventView> event(@PathVariable UUID id) {
        var found = events.read(id);
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(found);
    }

    @PutMapping(path = "/events/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a brokerage event", description = "Send If-Match or the version. When the slots change, "
            + "placed and published meetings keep their time under the code of the new slot starting then; slotChange in the "
            + "answer counts those whose time no longer exists (taken out of their slot, or off the published agenda).")
    @ApiResponse(responseCode = "409", description = "Changed since the version sent")
    @ApiResponse(responseCode = "422", description = "Invalid body, or forum.locked-conflict: a locked meeting would lose its "
            + "time, slot, table or cap; nothing is saved")
    ResponseEntity<EventView> update(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @org.springframework.web.bind.annotation.RequestBody EventBody body) {
        var changed = events.update(id, Versions.expected(ifMatch, body.version()), body.toDraft());
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(changed);
    }

    @PostMapping(path = "/events/{id}/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish the current placements as the PRELIMINARY or FINAL agenda")
    EventView publish(@PathVariable UUID id, @Valid @org.springframework.web.bind.annotation.RequestBody PublishBody body) {
        return events.publish(id, body.stage());
    }

    @PostMapping("/events/{id}/schedule-jobs")
    @Operation(summary = "Run the scheduler in the background", description = "Answers 202 at once; read the job for its progress. "
            + "Locked meetings stay; the published agenda goes in as previous, so few published meetings move.")
    @ApiResponse(responseCode = "202", description = "Started (or the job already running)")
    ResponseEntity<ScheduleJobs.Job> schedule(@PathVariable UUID id,
            @RequestParam(defaultValue = "10") @Min(1) @Max(60) int seconds, @RequestParam(defaultValue = "1") long seed) {
        var job = jobs.start(id, seconds, seed);
        return ResponseEntity.accepted().location(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/forum/events/{id}/schedule-jobs/{job}").buildAndExpand(id, job.id()).toUri()).body(job);
    }

    @GetMapping("/events/{id}/schedule-jobs/{jobId}")
    @Operation(summary = "A scheduling job's state and progress")
    ScheduleJobs.Job job(@PathVariable UUID id, @PathVariable UUID jobId) {
        events.read(id);
        if (!access.isOrganiser()) {
            throw new org.springframework.security.access.AccessDeniedException("Only organisers run the scheduler");
        }
        return jobs.job(id, jobId);
    }

    @PostMapping("/events/{id}/schedule-jobs/{jobId}/cancel")
    @Operation(summary = "Cancel a queued or running scheduling job", description = "Nothing of a cancelled job is applied; "
            + "422 when the job has ended already.")
    ScheduleJobs.Job cancelJob(@PathVariable UUID id, @PathVariable UUID jobId) {
        return jobs.cancel(id, jobId);
    }

    @GetMapping("/events/{id}/table-plan")
    @Operation(summary = "The table plan: for each slot, who sits at which table (current placements)")
    ItemsJson<TablePlanSlot> tablePlan(@PathVariable UUID id) {
        return new ItemsJson<>(agendas.tablePlan(id));
    }

    // Registration and marketplace

    @GetMapping("/events/{id}/participants")
    @Operation(summary = "Registrations: all for staff, the caller's own organization's for a partner")
    ItemsJson<ParticipantView> registrations(@PathVariable UUID id) {
        return new ItemsJson<>(registrations.registrations(id));
    }

    @PostMapping(path = "/events/{id}/participants", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a participant", description = "A partner user registers people of its own organization "
            + "while registration is open; the organiser approves.")
    @ApiResponse(responseCode = "201", description = "Registered, pending approval")
    ResponseEntity<ParticipantView> register(@PathVariable UUID id,
            @Valid @org.springframework.web.bind.annotation.RequestBody ParticipantBody body) {
        var made = registrations.register(id, body.toDraft());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/forum/participants/{id}").buildAndExpand(made.id()).toUri())
                .eTag(Versions.etag(made.version())).body(made);
    }

    @GetMapping("/events/{id}/marketplace")
    @Operation(summary = "Approved participants' profiles, filtered by text and type")
    ItemsJson<ProfileView> marketplace(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable ParticipantType type) {
        return new ItemsJson<>(registrations.marketplace(id, q, type));
    }

    @GetMapping("/participants/{id}")
    @Operation(summary = "A participant in full (own organization's, or any for staff)")
    @ApiResponse(responseCode = "404", description = "No such participant, or another organization's")
    ResponseEntity<ParticipantView> participant(@PathVariable UUID id) {
        var found = registrations.readParticipant(id);
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(found);
    }

    @PutMapping(path = "/participants/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a registration: profile, booth, unavailable slots")
    @ApiResponse(responseCode = "409", description = "Changed since the version sent")
    ResponseEntity<ParticipantView> updateParticipant(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @org.springframework.web.bind.annotation.RequestBody ParticipantBody body) {
        var changed = registrations.update(id, Versions.expected(ifMatch, body.version()), body.toDraft());
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(changed);
    }

    @PostMapping("/participants/{id}/approve")
    @Operation(summary = "Approve a registration (organisers)")
    ParticipantView approve(@PathVariable UUID id) {
        return registrations.approve(id, true);
    }

    @PostMapping("/participants/{id}/reject")
    @Operation(summary = "Reject a registration (organisers)")
    ParticipantView reject(@PathVariable UUID id) {
        return registrations.approve(id, false);
    }

    @GetMapping("/participants/{id}/agenda")
    @Operation(summary = "A participant's published agenda, in the forum's time zone")
    AgendaView agenda(@PathVariable UUID id) {
        return agendas.agenda(id);
    }

    // Meetings

    @GetMapping("/events/{id}/meetings")
    @Operation(summary = "Meeting requests and meetings: all for staff, the caller's organization's for a partner")
    ItemsJson<MeetingView> meetings(@PathVariable UUID id) {
        return new ItemsJson<>(requests.meetings(id));
    }

    @PostMapping(path = "/events/{id}/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Request a meeting from one participant to another, with a note")
    @ApiResponse(responseCode = "201", description = "Requested")
    ResponseEntity<MeetingView> request(@PathVariable UUID id, @Valid @org.springframework.web.bind.annotation.RequestBody RequestBody body) {
        var made = requests.request(id, body.from(), body.to(), body.note());
        return ResponseEntity.created(meetingUri(made.id())).eTag(Versions.etag(made.version())).body(made);
    }

    @PostMapping(path = "/events/{id}/organised-meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a meeting as organiser (two participants, or a group of three or more): accepted at once")
    @ApiResponse(responseCode = "201", description = "Added")
    ResponseEntity<MeetingView> add(@PathVariable UUID id, @Valid @org.springframework.web.bind.annotation.RequestBody GroupBody body) {
        var made = requests.add(id, body.participants(), body.note());
        return ResponseEntity.created(meetingUri(made.id())).eTag(Versions.etag(made.version())).body(made);
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "A meeting request or meeting")
    ResponseEntity<MeetingView> meeting(@PathVariable UUID id) {
        var found = requests.readMeeting(id);
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(found);
    }

    @PostMapping("/meetings/{id}/accept")
    @Operation(summary = "Accept a request (the receiver or the organiser); the participants' caps are checked")
    @ApiResponse(responseCode = "422", description = "Not a request any more, or a cap reached")
    MeetingView accept(@PathVariable UUID id) {
        return requests.accept(id);
    }

    @PostMapping("/meetings/{id}/decline")
    @Operation(summary = "Decline a request (the receiver or the organiser)")
    MeetingView decline(@PathVariable UUID id) {
        return requests.decline(id);
    }

    @PostMapping("/meetings/{id}/cancel")
    @Operation(summary = "Cancel a request or meeting (the organiser or a participant)")
    MeetingView cancel(@PathVariable UUID id) {
        return requests.cancel(id);
    }

    @PostMapping("/meetings/{id}/lock")
    @Operation(summary = "Lock a placed meeting where it is: the scheduler keeps it (organisers)")
    MeetingView lock(@PathVariable UUID id) {
        return placements.lock(id, true);
    }

    @PostMapping("/meetings/{id}/unlock")
    @Operation(summary = "Unlock a meeting (organisers)")
    MeetingView unlock(@PathVariable UUID id) {
        return placements.lock(id, false);
    }

    @PutMapping(path = "/meetings/{id}/placement", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Place a meeting by hand (slot null takes it out)",
            description = "Checked against the hard rules: availability, one meeting per participant and slot, tables, caps, locks.")
    @ApiResponse(responseCode = "409", description = "The meeting changed since the version sent")
    @ApiResponse(responseCode = "422", description = "A hard rule broken: code forum.hard.<rule>")
    ResponseEntity<MeetingView> place(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @org.springframework.web.bind.annotation.RequestBody PlacementBody body) {
        var placed = placements.place(id, Versions.expected(ifMatch, body.version()), blank(body.slot()), blank(body.table()));
        return ResponseEntity.ok().eTag(Versions.etag(placed.version())).body(placed);
    }

    @PostMapping(path = "/meetings/{id}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a held meeting's outcome", description = "Logged once as a MEETING engagement inside the forum; "
            + "its proposed stage moves the partners' relationships forward.")
    MeetingView outcome(@PathVariable UUID id, @Valid @org.springframework.web.bind.annotation.RequestBody OutcomeBody body) {
        return outcomes.record(id, body.outcome(), body.stage());
    }

    private static URI meetingUri(UUID id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/forum/meetings/{id}").buildAndExpand(id).toUri();
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : Objects.requireNonNull(s).strip();
    }
}
