package org.liaison.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.ViewerContext;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.internal.BrokerageEvent.AgendaStatus;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.forum.internal.MeetingPlacements;
import org.liaison.forum.internal.MeetingRequests;
import org.liaison.forum.internal.ParticipantType;
import org.liaison.forum.internal.Views.EventView;
import org.liaison.forum.internal.Views.MeetingView;
import org.liaison.forum.internal.Views.ParticipantView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

/**
 * A meeting keeps its moment when the event's days or slot length change. Slot codes count days
 * ("d1-1000" is the first day's 10:00): without the first day, "d1-1000" is another day. A placed or
 * published meeting takes the code of the new slot starting at its moment (its agenda's times do not
 * change); one whose moment is gone is taken out of its slot, and the organiser is told how many on
 * the page and in the API's answer; a locked one refuses the change and nothing is saved. The
 * participants' unavailability follows the same way.
 */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumSlotMovesIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired ForumEvents events;
    @Autowired ForumRegistrations registrations;
    @Autowired MeetingRequests requests;
    @Autowired MeetingPlacements placements;

    ForumWeb web;
    ForumFixtures fixtures;

    @BeforeAll
    void setUp() {
        web = new ForumWeb(context, "forumslots", "Forum slots partner");
        fixtures = web.fixtures;
    }

    /** An event on 20 and 21 May 2031 (10:00-11:00, 20 minutes) with three placed meetings, published. */
    record Placed(EventView event, ParticipantView a, ParticipantView b, MeetingView day1, MeetingView day2,
            MeetingView day2Late) {}

    Placed placed(String title) {
        var event = fixtures.event(title);
        var a = fixtures.participant(event.id(), title + " A", ParticipantType.COMPANY, null, "en");
        var b = fixtures.participant(event.id(), title + " B", ParticipantType.COMPANY, null, "en");
        var c = fixtures.participant(event.id(), title + " C", ParticipantType.COMPANY, null, "en");
        return ViewerContext.call(ForumFixtures.SYSTEM, () -> {
            var day1 = place(event, a, b, "d1-1000");
            var day2 = place(event, a, c, "d2-1020");
            var day2Late = place(event, b, c, "d2-1040");
            // B cannot come on the second day at 10:00: that moment, not the code, is what B said
            var slots = event.slots().stream().map(s -> s.code()).filter(code -> !code.equals("d2-1000")).toList();
            var saved = registrations.availability(b.id(), b.version(), slots);
            events.publish(event.id(), AgendaStatus.PRELIMINARY);
            return new Placed(event, a, saved, day1, day2, day2Late);
        });
    }

    MeetingView place(EventView event, ParticipantView x, ParticipantView y, String slot) {
        var made = requests.add(event.id(), List.of(x.id(), y.id()), null);
        return placements.place(made.id(), made.version(), slot, null);
    }

    Map<String, String> settingsForm(EventView event, String days, String minutes) {
        return Map.of("title", event.title(), "timeZone", "Asia/Shanghai", "days", days, "dayStart", "10:00",
                "dayEnd", "11:00", "slotMinutes", minutes, "sharedTables", "2", "maxMeetings", "4", "capINVESTOR", "1",
                "version", String.valueOf(read(event.id()).version()));
    }

    @Test
    void removingTheFirstDayOnThePageKeepsTheSecondDaysMeetingsAtTheirTimesAndUnplacesTheFirstDays() throws Exception {
        var s = placed("Slots page");
        var before = agendaTimes(s.a());
        assertThat(before).hasSize(2);

        var result = page(Actor.MANAGER, form(post(settings(s)), settingsForm(s.event(), "2031-05-21", "20")), 302);

        var event = read(s.event().id());
        assertThat(event.slots()).extracting(v -> v.code()).containsExactly("d1-1000", "d1-1020", "d1-1040");
        assertThat(event.slots().getFirst().localStart()).hasToString("2031-05-21T10:00");
        var day1 = meeting(s.day1());
        assertThat(day1.status()).isEqualTo("ACCEPTED");
        assertThat(day1.slot()).isNull();
        assertThat(day1.publishedSlot()).isNull();
        var day2 = meeting(s.day2());
        assertThat(day2.slot()).isEqualTo("d1-1020");
        assertThat(day2.table()).isEqualTo(s.day2().table());
        assertThat(day2.publishedSlot()).isEqualTo("d1-1020");
        assertThat(meeting(s.day2Late()).slot()).isEqualTo("d1-1040");
        // the agenda of A: the second day's meeting at the same time as before, the first day's gone
        var after = agendaTimes(s.a());
        assertThat(after).containsExactly(Map.entry(s.day2().id().toString(), before.get(s.day2().id().toString())));
        assertThat(after.get(s.day2().id().toString())).isEqualTo("20310521T102000");
        // B's unavailability stays at its moment (the second day's 10:00, now the first day of the event)
        assertThat(participant(s.b()).unavailable()).containsExactly("d1-1000");

        String notice = String.valueOf(result.getFlashMap().get("notice"));
        assertThat(notice).contains("1 placed meetings lost their time", "1 meetings left the published agenda");
        var russian = page(Actor.MANAGER, form(post(settings(s)), settingsForm(s.event(), "2031-05-20, 2031-05-21", "20"))
                .header("Accept-Language", "ru"), 302);
        // adding the first day back keeps every meeting where it is (nothing lost, nothing to tell)
        assertThat(russian.getFlashMap().get("notice")).isNull();
        assertThat(meeting(s.day2()).slot()).isEqualTo("d2-1020");
        assertThat(agendaTimes(s.a())).isEqualTo(after);
        assertThat(participant(s.b()).unavailable()).containsExactly("d2-1000");
    }

    @Test
    void addingAnEarlierDayMovesNoMeetingAndTheRussianPageSaysWhatWasLost() throws Exception {
        var s = placed("Slots earlier day");
        var before = agendaTimes(s.a());

        page(Actor.MANAGER, form(post(settings(s)), settingsForm(s.event(), "2031-05-19, 2031-05-20, 2031-05-21", "20")), 302);

        assertThat(meeting(s.day1()).slot()).isEqualTo("d2-1000");
        assertThat(meeting(s.day2()).slot()).isEqualTo("d3-1020");
        assertThat(meeting(s.day2()).publishedSlot()).isEqualTo("d3-1020");
        assertThat(agendaTimes(s.a())).isEqualTo(before);
        assertThat(participant(s.b()).unavailable()).containsExactly("d3-1000");

        var russian = page(Actor.MANAGER, form(post(settings(s)), settingsForm(s.event(), "2031-05-19, 2031-05-21", "20"))
                .header("Accept-Language", "ru"), 302);
        assertThat(String.valueOf(russian.getFlashMap().get("notice"))).contains("потерявших своё время: 1");
        assertThat(meeting(s.day1()).slot()).isNull();
        assertThat(meeting(s.day2()).slot()).isEqualTo("d2-1020");
    }

    @Test
    void aLongerSlotKeepsTheMeetingsStillStartingThenAndUnplacesTheOthers() throws Exception {
        var s = placed("Slots length");
        var before = agendaTimes(s.a());

        var answer = api(put("/api/v1/forum/events/" + s.event().id()), body(s.event(), List.of("2031-05-20", "2031-05-21"), 30),
                200);

        assertThat(answer.path("slots")).hasSize(4); // 10:00 and 10:30 on each day
        assertThat(answer.path("slotChange").path("unplaced").asInt()).isEqualTo(2);
        assertThat(answer.path("slotChange").path("unpublished").asInt()).isEqualTo(2);
        assertThat(meeting(s.day1()).slot()).isEqualTo("d1-1000");
        assertThat(meeting(s.day2()).slot()).isNull();
        assertThat(meeting(s.day2Late()).slot()).isNull();
        assertThat(agendaTimes(s.a())).containsExactly(Map.entry(s.day1().id().toString(), before.get(s.day1().id().toString())));
        // reading the event says nothing about a change
        var read = api(get("/api/v1/forum/events/" + s.event().id()), null, 200).path("slotChange");
        assertThat(read.isNull() || read.isMissingNode()).as("%s", read).isTrue();
    }

    @Test
    void removingTheFirstDayThroughTheApiCountsWhatLostItsTime() throws Exception {
        var s = placed("Slots api");
        var before = agendaTimes(s.a());

        var answer = api(put("/api/v1/forum/events/" + s.event().id()), body(s.event(), List.of("2031-05-21"), 20), 200);

        assertThat(answer.path("slotChange").path("unplaced").asInt()).isEqualTo(1);
        assertThat(answer.path("slotChange").path("unpublished").asInt()).isEqualTo(1);
        assertThat(meeting(s.day1()).slot()).isNull();
        assertThat(meeting(s.day2()).slot()).isEqualTo("d1-1020");
        assertThat(agendaTimes(s.a()).get(s.day2().id().toString())).isEqualTo(before.get(s.day2().id().toString()));
        // an answer to a change that moves nothing says so
        var again = api(put("/api/v1/forum/events/" + s.event().id()), body(s.event(), List.of("2031-05-21"), 20), 200);
        assertThat(again.path("slotChange").path("unplaced").asInt()).isZero();
    }

    @Test
    void aLockedMeetingWhoseTimeWouldGoRefusesTheChangeOnThePageAndInTheApiAndNothingIsSaved() throws Exception {
        var s = placed("Slots locked");
        ViewerContext.run(ForumFixtures.SYSTEM, () -> placements.lock(s.day1().id(), true));
        var before = agendaTimes(s.a());
        var eventBefore = read(s.event().id());

        var refused = html(page(Actor.MANAGER, form(post(settings(s)), settingsForm(s.event(), "2031-05-21", "20")), 422));
        assertThat(refused).contains("This change would leave a locked meeting where the rules no longer allow it");
        var problem = api(put("/api/v1/forum/events/" + s.event().id()), body(s.event(), List.of("2031-05-21"), 20), 422);
        assertThat(problem.path("code").asString()).isEqualTo("forum.locked-conflict");
        api(put("/api/v1/forum/events/" + s.event().id()), body(s.event(), List.of("2031-05-20", "2031-05-21"), 30), 200);

        // the 30-minute slots keep the locked 10:00 meeting; the rest as before the refused changes
        assertThat(meeting(s.day1()).slot()).isEqualTo("d1-1000");
        assertThat(meeting(s.day1()).locked()).isTrue();
        var refusedAgain = api(put("/api/v1/forum/events/" + s.event().id()), body(s.event(), List.of("2031-05-21"), 30), 422);
        assertThat(refusedAgain.path("code").asString()).isEqualTo("forum.locked-conflict");
        assertThat(read(s.event().id()).slots()).hasSize(4);
        assertThat(read(s.event().id()).slots().getFirst().startsAt()).isEqualTo(eventBefore.slots().getFirst().startsAt());
        assertThat(agendaTimes(s.a()).get(s.day1().id().toString())).isEqualTo(before.get(s.day1().id().toString()));
        assertThat(participant(s.b()).unavailable()).containsExactly("d2-1000");
    }

    // Helpers

    static String settings(Placed s) {
        return "/forum/events/" + s.event().id() + "/settings";
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> form) {
        form.forEach(request::param);
        return request;
    }

    Map<String, Object> body(EventView event, List<String> days, int minutes) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", event.title());
        body.put("timeZone", "Asia/Shanghai");
        body.put("days", days);
        body.put("dayStart", "10:00");
        body.put("dayEnd", "11:00");
        body.put("slotMinutes", minutes);
        body.put("sharedTables", 2);
        body.put("maxMeetings", 4);
        body.put("typeCaps", Map.of("INVESTOR", 1));
        body.put("version", read(event.id()).version());
        return body;
    }

    JsonNode api(MockHttpServletRequestBuilder request, @Nullable Object body, int status) throws Exception {
        return web.api(Actor.MANAGER, request, body, status);
    }

    /** The participant's published agenda as iCalendar: each meeting's id and its start in the forum's zone. */
    Map<String, String> agendaTimes(ParticipantView p) throws Exception {
        var result = mvc.perform(get("/api/v1/forum/participants/" + p.id() + "/agenda.ics")
                .header("Authorization", "Bearer " + web.signedIn.token(Actor.MANAGER))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String ics = result.getResponse().getContentAsString(StandardCharsets.UTF_8).replace("\r\n ", "").replace("\n ", "");
        var times = new HashMap<String, String>();
        for (String block : ics.split("BEGIN:VEVENT")) {
            var lines = block.lines().toList();
            var uid = lines.stream().filter(l -> l.startsWith("UID:forum-meeting-")).findFirst();
            var start = lines.stream().filter(l -> l.startsWith("DTSTART;TZID=Asia/Shanghai:")).findFirst();
            if (uid.isPresent() && start.isPresent()) {
                times.put(uid.get().substring("UID:forum-meeting-".length(), "UID:forum-meeting-".length() + 36),
                        start.get().substring(start.get().indexOf(':') + 1).strip());
            }
        }
        return times;
    }

    EventView read(UUID id) {
        return ViewerContext.call(ForumFixtures.SYSTEM, () -> events.read(id));
    }

    MeetingView meeting(MeetingView m) {
        return ViewerContext.call(ForumFixtures.SYSTEM, () -> requests.meetings(m.eventId())).stream()
                .filter(x -> x.id().equals(m.id())).findFirst().orElseThrow();
    }

    ParticipantView participant(ParticipantView p) {
        return ViewerContext.call(ForumFixtures.SYSTEM, () -> registrations.readParticipant(p.id()));
    }

    MvcResult page(Actor actor, MockHttpServletRequestBuilder request, int status) throws Exception {
        return web.page(actor, request, status);
    }

    static String html(MvcResult result) throws Exception {
        return ForumWeb.html(result);
    }
}
