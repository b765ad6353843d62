package org.liaison.forum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.ViewerContext;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.engagements.EngagementCommands;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.forum.internal.ParticipantType;
import org.liaison.relationships.Relationships;
import org.liaison.relationships.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forum API with real users and tokens: registration and approval, requests with accept,
 * decline and caps, what partners may see, the background scheduling job with locks, hand edits
 * and re-runs, agendas as PDF and iCalendar, and outcomes moving relationships.
 */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
class ForumApiIntegrationTests {

    static final String BASE = "/api/v1/forum";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DirectoryService directory;
    @Autowired
    EngagementCommands engagementCommands;
    @Autowired
    ForumEvents events;
    @Autowired
    ForumRegistrations registrations;
    @Autowired
    Relationships relationships;

    ForumFixtures fixtures;
    String manager;
    String committee;

    @BeforeEach
    void signIn() {
        fixtures = new ForumFixtures(directory, engagementCommands, events, registrations);
        var user = users.create(NewUser.staff(username("manager"), "Forum manager", password(), Role.COOPERATION_MANAGER));
        manager = tokens.issue(user.id(), "forum tests", null).secret();
        var member = users.create(NewUser.staff(username("committee"), "Forum committee", password(), Role.COMMITTEE_MEMBER));
        committee = tokens.issue(member.id(), "forum tests", null).secret();
    }

    @Test
    void anEventIsCreatedForAForumEngagementOnlyWithSlotsGeneratedInItsTimeZone() throws Exception {
        var forumEngagement = fixtures.forumEngagement("Created forum");
        var created = call(manager, post(BASE + "/events"), eventBody(forumEngagement.value()), 201).json;
        assertThat(created.path("slots")).hasSize(6);
        assertThat(created.path("slots").get(0).path("code").asString()).isEqualTo("d1-1000");
        assertThat(created.path("slots").get(3).path("code").asString()).isEqualTo("d2-1000");
        assertThat(created.path("slots").get(0).path("startsAt").asString()).isEqualTo("2031-05-20T02:00:00Z");

        call(committee, post(BASE + "/events"), eventBody(forumEngagement.value()), 403);
        var notAForum = ViewerContext.call(ForumFixtures.SYSTEM, () -> engagementCommands.log(new EngagementCommands.NewEngagement(
                org.liaison.engagements.EngagementKind.VISIT, "A visit " + UUID.randomUUID(), java.time.LocalDate.of(2031, 1, 1),
                null, null, null, null, List.of())));
        assertThat(call(manager, post(BASE + "/events"), eventBody(notAForum.value()), 422).json.path("code").asString())
                .isEqualTo("forum.not-a-forum");
        var bad = eventBody(forumEngagement.value());
        bad.put("slotMinutes", 2);
        call(manager, post(BASE + "/events"), bad, 422);

        var id = created.path("id").asString();
        var body = eventBody(forumEngagement.value());
        body.put("sharedTables", 5);
        call(manager, put(BASE + "/events/" + id).header("If-Match", "\"7\""), body, 409);
        var etag = call(manager, get(BASE + "/events/" + id), null, 200).result.getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo("\"" + created.path("version").asLong() + "\"");
        assertThat(call(manager, put(BASE + "/events/" + id).header("If-Match", etag), body, 200).json
                .path("sharedTables").asInt()).isEqualTo(5);
    }

    @Test
    void partnersRegisterTheirOwnPeopleRequestMeetingsAndAnswerOnlyWhatTheyReceive() throws Exception {
        var event = fixtures.event("Registration forum").id();
        var orgA = fixtures.organization("Requester", "FI");
        var orgB = fixtures.organization("Receiver", "FI");
        var orgC = fixtures.organization("Investor", "FI");
        var partnerA = partnerOf(orgA);
        var partnerB = partnerOf(orgB);
        var partnerC = partnerOf(orgC);

        // a partner registers its own person; the organisation is its own whatever the body says
        var anna = call(partnerA, post(BASE + "/events/" + event + "/participants"),
                Map.of("personName", "Анна Петрова", "type", "COMPANY", "organizationId", orgA.toString()), 201).json;
        assertThat(anna.path("status").asString()).isEqualTo("PENDING");
        call(partnerA, post(BASE + "/events/" + event + "/participants"),
                Map.of("personName", "Not mine", "type", "COMPANY", "organizationId", orgB.toString()), 403);
        var annaId = anna.path("id").asString();
        var bo = fixtures.approved(event, orgB, "Bo Wang", ParticipantType.COMPANY, "bo@example.org", "zh").id();
        var chen = fixtures.approved(event, orgC, "陈静", ParticipantType.INVESTOR, "chen@example.org", "zh").id();

        // not approved yet: no requests
        assertThat(call(partnerA, post(BASE + "/events/" + event + "/meetings"), request(annaId, bo, "Hello"), 422)
                .json.path("code").asString()).isEqualTo("forum.participant-not-approved");
        call(partnerA, post(BASE + "/participants/" + annaId + "/approve"), null, 403);
        call(committee, post(BASE + "/participants/" + annaId + "/approve"), null, 403);
        call(manager, post(BASE + "/participants/" + annaId + "/approve"), null, 200);

        // what a partner sees: its own registrations in full, others' profiles in the marketplace only
        assertThat(ids(call(partnerA, get(BASE + "/events/" + event + "/participants"), null, 200).json)).containsExactly(annaId);
        call(partnerA, get(BASE + "/participants/" + bo), null, 404);
        call(partnerA, get(BASE + "/participants/" + bo + "/agenda"), null, 404);
        var market = call(partnerA, get(BASE + "/events/" + event + "/marketplace"), null, 200).json;
        assertThat(ids(market)).contains(annaId, bo.toString(), chen.toString());
        assertThat(market.toString()).doesNotContain("bo@example.org").doesNotContain("unavailable");
        assertThat(ids(call(partnerA, get(BASE + "/events/" + event + "/marketplace?type=INVESTOR"), null, 200).json))
                .containsExactly(chen.toString());
        assertThat(ids(call(partnerA, get(BASE + "/events/" + event + "/marketplace?q=wang"), null, 200).json))
                .containsExactly(bo.toString());

        // a request, answered by its receiver only
        var meeting = call(partnerA, post(BASE + "/events/" + event + "/meetings"), request(annaId, bo, "Robotics for Skolkovo"), 201).json;
        var meetingId = meeting.path("id").asString();
        assertThat(meeting.path("status").asString()).isEqualTo("REQUESTED");
        call(partnerA, post(BASE + "/events/" + event + "/meetings"), request(annaId, bo, "Again"), 422);
        call(partnerA, post(BASE + "/meetings/" + meetingId + "/accept"), null, 403);
        call(partnerC, post(BASE + "/meetings/" + meetingId + "/accept"), null, 404);
        call(partnerC, get(BASE + "/meetings/" + meetingId), null, 404);
        assertThat(call(partnerB, post(BASE + "/meetings/" + meetingId + "/accept"), null, 200).json.path("status").asString())
                .isEqualTo("ACCEPTED");
        assertThat(call(partnerB, post(BASE + "/meetings/" + meetingId + "/decline"), null, 422).json.path("code").asString())
                .isEqualTo("forum.meeting-not-requested");
        assertThat(ids(call(partnerC, get(BASE + "/events/" + event + "/meetings"), null, 200).json)).isEmpty();

        // declined, then the investor's cap (one meeting) refuses a second acceptance
        var toChen = call(partnerA, post(BASE + "/events/" + event + "/meetings"), request(annaId, chen, "Fund"), 201).json.path("id").asString();
        assertThat(call(partnerC, post(BASE + "/meetings/" + toChen + "/decline"), null, 200).json.path("status").asString()).isEqualTo("DECLINED");
        var again = call(partnerA, post(BASE + "/events/" + event + "/meetings"), request(annaId, chen, "Fund, again"), 201).json.path("id").asString();
        var fromBo = call(partnerB, post(BASE + "/events/" + event + "/meetings"), request(bo.toString(), chen, "Lenses"), 201).json.path("id").asString();
        call(partnerC, post(BASE + "/meetings/" + again + "/accept"), null, 200);
        var capped = call(partnerC, post(BASE + "/meetings/" + fromBo + "/accept"), null, 422).json;
        assertThat(capped.path("code").asString()).isEqualTo("forum.cap-reached");
        assertThat(capped.path("cap").asInt()).isEqualTo(1);

        // organisers make group meetings of three
        var group = call(manager, post(BASE + "/events/" + event + "/organised-meetings"),
                Map.of("participants", List.of(annaId, bo.toString(), chen.toString()), "note", "Group"), 422).json;
        assertThat(group.path("code").asString()).isEqualTo("forum.cap-reached");
        call(partnerA, post(BASE + "/events/" + event + "/organised-meetings"),
                Map.of("participants", List.of(annaId, bo.toString())), 403);
    }

    @Test
    void theSchedulerRunsInTheBackgroundKeepsLockedMeetingsAndARerunMovesNoPublishedMeeting() throws Exception {
        var s = scheduledEvent();
        var plan = placements(s.event);
        assertThat(plan).hasSize(6);

        // publish, lock one, then a hand edit that breaks a hard rule and one on a stale version
        call(manager, post(BASE + "/events/" + s.event + "/publish"), Map.of("stage", "PRELIMINARY"), 200);
        var locked = s.meetings.get(0);
        call(manager, post(BASE + "/meetings/" + locked + "/lock"), null, 200);
        var other = s.meetings.get(1); // shares participant 1 with the locked one
        var version = call(manager, get(BASE + "/meetings/" + other), null, 200).json.path("version").asLong();
        var broken = call(manager, put(BASE + "/meetings/" + other + "/placement"),
                Map.of("slot", plan.get(locked)[0], "version", version), 422).json;
        assertThat(broken.path("code").asString()).isEqualTo("forum.hard.rule-2");
        call(manager, put(BASE + "/meetings/" + other + "/placement").header("If-Match", "\"" + (version + 5) + "\""),
                Map.of("slot", plan.get(other)[0]), 409);
        var lockedVersion = call(manager, get(BASE + "/meetings/" + locked), null, 200).json.path("version").asLong();
        assertThat(call(manager, put(BASE + "/meetings/" + locked + "/placement"),
                Map.of("slot", plan.get(other)[0], "version", lockedVersion), 422).json.path("code").asString())
                .isEqualTo("forum.hard.rule-4");

        // a late cancellation, then a re-run: the locked meeting stays, no published meeting moves
        call(manager, post(BASE + "/meetings/" + s.meetings.get(5) + "/cancel"), null, 200);
        var rerun = runScheduler(s.event);
        assertThat(rerun.path("moved").asInt()).isZero();
        assertThat(rerun.path("scheduled").asInt()).isEqualTo(5);
        var after = placements(s.event);
        assertThat(after.get(locked)).containsExactly(plan.get(locked));
        assertThat(after).doesNotContainKey(s.meetings.get(5));
        s.meetings.subList(0, 5).forEach(m -> assertThat(after.get(m)).containsExactly(plan.get(m)));

        // the committee reads the plan, a partner neither runs nor reads the job
        call(committee, get(BASE + "/events/" + s.event + "/table-plan"), null, 200);
        call(committee, post(BASE + "/events/" + s.event + "/schedule-jobs"), null, 403);
        call(partnerOf(s.orgs.get(0)), get(BASE + "/events/" + s.event + "/table-plan"), null, 403);
    }

    @Test
    void anAgendaParsesBackAsPdfTextAndAsICalendarInTheForumsTimeZone() throws Exception {
        var s = scheduledEvent();
        call(manager, post(BASE + "/events/" + s.event + "/publish"), Map.of("stage", "FINAL"), 200);
        var first = s.participants.get(0);
        var agenda = call(manager, get(BASE + "/participants/" + first + "/agenda"), null, 200).json;
        assertThat(agenda.path("status").asString()).isEqualTo("FINAL");
        assertThat(agenda.path("entries")).hasSize(3);

        var owner = partnerOf(s.orgs.get(0));
        var ics = mvc.perform(get(BASE + "/participants/" + first + "/agenda.ics").header("Authorization", "Bearer " + owner))
                .andReturn().getResponse();
        assertThat(ics.getStatus()).isEqualTo(200);
        var calendar = new CalendarBuilder().build(new StringReader(ics.getContentAsString()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(e -> assertThat(e.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Asia/Shanghai"));
        assertThat(events.stream().map(e -> e.getSummary().getValue()).toList()).anySatisfy(text -> assertThat(text).contains("陈静"));
        assertThat(ics.getContentAsString()).contains("DTSTART;TZID=Asia/Shanghai:2031052");

        var pdf = mvc.perform(get(BASE + "/participants/" + first + "/agenda.pdf").header("Authorization", "Bearer " + owner)
                .header("Accept-Language", "ru")).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Анна Петрова").contains("陈静").contains("Asia/Shanghai").contains("Программа");
        }
        // another organization's partner user gets nothing
        var stranger = partnerOf(s.orgs.get(3));
        call(stranger, get(BASE + "/participants/" + first + "/agenda.pdf"), null, 404);
    }

    @Test
    void aHeldMeetingsOutcomeIsLoggedInsideTheForumAndMovesTheRelationship() throws Exception {
        var s = scheduledEvent();
        var meeting = s.meetings.get(0);
        assertThat(call(manager, post(BASE + "/meetings/" + meeting + "/outcome"), Map.of("outcome", "Pilot agreed"), 422)
                .json.path("code").asString()).isEqualTo("forum.not-held");
        call(manager, post(BASE + "/events/" + s.event + "/publish"), Map.of("stage", "FINAL"), 200);

        var held = call(manager, post(BASE + "/meetings/" + meeting + "/outcome"),
                Map.of("outcome", "Pilot agreed", "stage", "NEGOTIATING"), 200).json;
        assertThat(held.path("loggedEngagementId").asString()).isNotBlank();
        call(manager, post(BASE + "/meetings/" + meeting + "/outcome"), Map.of("outcome", "Twice"), 422);

        var engagement = call(manager, get("/api/v1/engagements/" + held.path("loggedEngagementId").asString()), null, 200).json;
        assertThat(engagement.path("kind").asString()).isEqualTo("MEETING");
        assertThat(engagement.toString()).contains(s.engagement.toString());
        for (var org : List.of(s.orgs.get(0), s.orgs.get(1))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ViewerContext.call(ForumFixtures.SYSTEM,
                    () -> relationships.stageOf(new OrganizationId(org)))).contains(Stage.NEGOTIATING));
        }
    }

    // Helpers

    record Scheduled(UUID event, UUID engagement, List<UUID> orgs, List<String> participants, List<String> meetings) {}

    /**
     * Four participants (Анна Петрова, 陈静, two more) and six accepted meetings, the last a
     * group of three, placed by a background job: p1-p2, p1-p3, p1-p4, p2-p4, p3-p4, p2-p3-p4.
     */
    Scheduled scheduledEvent() throws Exception {
        var view = fixtures.event("Scheduled forum");
        var event = view.id();
        var names = List.of("Анна Петрова", "陈静", "佐藤 花子", "Mikko Virtanen");
        var orgs = new ArrayList<UUID>();
        var participants = new ArrayList<String>();
        for (var name : names) {
            var org = fixtures.organization("Org of " + name, "FI");
            orgs.add(org);
            participants.add(fixtures.approved(event, org, name, ParticipantType.COMPANY, null, "en").id().toString());
        }
        var meetings = new ArrayList<String>();
        for (var pair : List.of(List.of(0, 1), List.of(0, 2), List.of(0, 3), List.of(1, 3), List.of(2, 3), List.of(1, 2, 3))) {
            meetings.add(call(manager, post(BASE + "/events/" + event + "/organised-meetings"),
                    Map.of("participants", pair.stream().map(participants::get).toList()), 201).json.path("id").asString());
        }
        var done = runScheduler(event);
        assertThat(done.path("scheduled").asInt()).isEqualTo(6);
        return new Scheduled(event, view.engagementId(), orgs, participants, meetings);
    }

    JsonNode runScheduler(UUID event) throws Exception {
        var started = call(manager, post(BASE + "/events/" + event + "/schedule-jobs?seconds=1"), null, 202);
        var job = started.json.path("id").asString();
        assertThat(started.result.getResponse().getHeader("Location")).endsWith("/schedule-jobs/" + job);
        var finished = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            finished[0] = call(manager, get(BASE + "/events/" + event + "/schedule-jobs/" + job), null, 200).json;
            assertThat(finished[0].path("state").asString()).isEqualTo("DONE");
        });
        assertThat(finished[0].path("progress").asDouble()).isEqualTo(1.0);
        return finished[0];
    }

    /** Meeting id → [slot, table] from the table plan. */
    Map<String, String[]> placements(UUID event) throws Exception {
        var plan = call(manager, get(BASE + "/events/" + event + "/table-plan"), null, 200).json.path("items");
        var found = new HashMap<String, String[]>();
        plan.forEach(slot -> slot.path("seats").forEach(seat -> found.put(seat.path("meetingId").asString(),
                new String[] {slot.path("slot").path("code").asString(), seat.path("table").asString()})));
        return found;
    }

    static Map<String, Object> eventBody(UUID engagement) {
        var body = new LinkedHashMap<String, Object>();
        body.put("engagementId", engagement.toString());
        body.put("title", "API forum");
        body.put("timeZone", "Asia/Shanghai");
        body.put("days", List.of("2031-05-20", "2031-05-21"));
        body.put("dayStart", "10:00");
        body.put("dayEnd", "11:00");
        body.put("slotMinutes", 20);
        body.put("sharedTables", 2);
        body.put("maxMeetings", 3);
        body.put("typeCaps", Map.of("INVESTOR", 1));
        return body;
    }

    static Map<String, Object> request(String from, UUID to, String note) {
        return Map.of("from", from, "to", to.toString(), "note", note);
    }

    record Answer(MvcResult result, JsonNode json) {}

    Answer call(String token, MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
        request.header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        var result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        var text = result.getResponse().getContentAsString();
        return new Answer(result, text.isEmpty() || !text.startsWith("{") ? JSON.createObjectNode() : JSON.readTree(text));
    }

    static List<String> ids(JsonNode list) {
        var ids = new ArrayList<String>();
        list.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    String partnerOf(UUID organization) {
        var user = users.create(NewUser.partner(username("partner"), "Forum partner", password(), organization));
        return tokens.issue(user.id(), "forum tests", null).secret();
    }

    static String username(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String password() {
        return "forum-test-" + UUID.randomUUID();
    }
}
