package org.liaison.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.forum.web.ForumWeb.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.internal.EventDraft;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.forum.internal.MeetingPlacements;
import org.liaison.forum.internal.MeetingRequests;
import org.liaison.forum.internal.ParticipantType;
import org.liaison.forum.internal.SlotPlan;
import org.liaison.forum.internal.Views.MeetingView;
import org.liaison.forum.internal.Views.ParticipantView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

/**
 * The booths of an event as the organiser manages them from the event page (and the API): the
 * holders listed with their count next to the shared tables, a booth assigned and taken away, one
 * holder per booth, and the placed meetings following their booth (a locked one keeps its slot;
 * with no shared table free a meeting is taken out); the table plan per slot shows each booth
 * free, taken or its holder away, and prints as a PDF. The registration window shows on the page
 * and refuses partners outside it; the organiser registers a participant by its organization's name.
 */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumBoothsIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired DirectoryQueries directoryQueries;
    @Autowired ForumEvents events;
    @Autowired ForumRegistrations registrations;
    @Autowired MeetingRequests requests;
    @Autowired MeetingPlacements placements;

    ForumWeb web;
    ForumFixtures fixtures;

    @BeforeAll
    void setUp() {
        web = new ForumWeb(context, "forumbooths", "Forum booths partner");
        fixtures = web.fixtures;
    }

    @Test
    void theOrganiserAssignsAndTakesAwayBoothsAndThePlacedMeetingsFollow() throws Exception {
        var event = fixtures.event("Booth forum").id();
        String base = "/forum/events/" + event;
        var people = new java.util.ArrayList<ParticipantView>();
        for (String name : List.of("Booth A", "Booth B", "Booth C", "Booth D", "Booth E", "Booth F", "Booth G", "Booth H")) {
            people.add(fixtures.participant(event, name, ParticipantType.COMPANY, null, "en"));
        }
        var a = people.get(0).id();
        var b = people.get(1).id();
        var c = people.get(2).id();
        var m1 = placed(event, a, b, "d1-1000", "T-1");
        var m2 = placed(event, c, people.get(3).id(), "d1-1000", "T-2");
        ViewerContext.run(ForumFixtures.SYSTEM, () -> placements.lock(m1, true));

        // B gets booth B-7: its meeting moves to the booth, keeps its slot and its lock
        var done = page(Actor.MANAGER, post(base + "/booths").param("participant", b.toString()).param("booth", " B-7 "), 302);
        assertThat(String.valueOf(done.getFlashMap().get("notice"))).contains("Booth B-7 assigned to Booth B", "1 placed meetings moved");
        assertThat(meeting(m1)).satisfies(m -> {
            assertThat(m.slot()).isEqualTo("d1-1000");
            assertThat(m.table()).isEqualTo("B-7");
            assertThat(m.locked()).isTrue();
        });
        var eventPage = html(page(Actor.MANAGER, get(base), 200));
        assertThat(eventPage).contains("data-booth=\"B-7\"", "data-participant=\"" + b + "\"", "booths: 1", "Take the booth away");

        // one holder per booth (whatever the case), no shared-table names, nothing for others
        var taken = page(Actor.MANAGER, post(base + "/booths").param("participant", c.toString()).param("booth", "b-7"), 302);
        assertThat(String.valueOf(taken.getFlashMap().get("error"))).isEqualTo("Another participant of this event holds that booth already.");
        var shared = page(Actor.MANAGER, post(base + "/booths").param("participant", c.toString()).param("booth", "T-9"), 302);
        assertThat(String.valueOf(shared.getFlashMap().get("error"))).contains("T-");
        page(Actor.COMMITTEE, post(base + "/booths").param("participant", c.toString()).param("booth", "B-9"), 403);
        page(Actor.PARTNER, post(base + "/booths").param("participant", c.toString()).param("booth", "B-9"), 403);
        assertThat(html(page(Actor.PARTNER, get(base), 200))).doesNotContain("data-booth=");

        // C gets B-8; two more meetings fill both shared tables of d1-1000
        page(Actor.MANAGER, post(base + "/booths").param("participant", c.toString()).param("booth", "B-8"), 302);
        assertThat(meeting(m2).table()).isEqualTo("B-8");
        var m3 = placed(event, people.get(4).id(), people.get(5).id(), "d1-1000", "T-1");
        placed(event, people.get(6).id(), people.get(7).id(), "d1-1000", "T-2");

        // B unavailable on day 2 at 10:00: the plan shows its booth away then, free elsewhere, taken at d1-1000
        var bView = ViewerContext.call(ForumFixtures.SYSTEM, () -> registrations.readParticipant(b));
        ViewerContext.run(ForumFixtures.SYSTEM, () -> registrations.availability(b, bView.version(),
                List.of("d1-1000", "d1-1020", "d1-1040", "d2-1020", "d2-1040")));
        var plan = html(page(Actor.MANAGER, get(base + "/table-plan"), 200));
        assertThat(slot(plan, "d1-1000")).contains("Shared tables in use: 2 of 2", "B-7", "B-8", "Booth A (", "Booth B (")
                .doesNotContain("free");
        assertThat(slot(plan, "d2-1000")).contains("Shared tables in use: 0 of 2", "the holder is not available in this slot", "free");
        assertThat(slot(plan, "d1-1020")).contains("B-7").contains("Booth B (").contains("free");

        var pdf = page(Actor.COMMITTEE, get(base + "/table-plan.pdf"), 200).getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("attachment", "table-plan-booth-forum.pdf");
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Booth forum", "Asia/Shanghai", "B-7", "B-8",
                    "Booth E", "Shared tables in use: 2 of 2");
        }
        page(Actor.PARTNER, get(base + "/table-plan.pdf"), 403);

        // B's booth taken away: no shared table is free at d1-1000, so its meeting leaves the schedule, unlocked
        var away = page(Actor.MANAGER, post(base + "/booths").param("participant", b.toString()).param("booth", ""), 302);
        assertThat(String.valueOf(away.getFlashMap().get("notice"))).contains("Booth B holds no booth now", "1 taken out");
        assertThat(meeting(m1)).satisfies(m -> {
            assertThat(m.slot()).isNull();
            assertThat(m.locked()).isFalse();
            assertThat(m.status()).isEqualTo("ACCEPTED");
        });
        assertThat(meeting(m3).table()).isEqualTo("T-1");

        // the API: the list (staff), a booth moved by PUT, and a registration edit that names a held booth
        var list = api(Actor.MANAGER, get("/api/v1/forum/events/" + event + "/booths"), null, 200);
        assertThat(list.path("items")).hasSize(1);
        assertThat(list.path("items").get(0).path("booth").asString()).isEqualTo("B-8");
        api(Actor.PARTNER, get("/api/v1/forum/events/" + event + "/booths"), null, 403);
        var moved = api(Actor.ADMIN, put("/api/v1/forum/participants/" + c + "/booth"), Map.of("booth", "B-1"), 200);
        assertThat(moved.path("moved").asInt()).isEqualTo(1);
        assertThat(moved.path("participant").path("booth").asString()).isEqualTo("B-1");
        assertThat(meeting(m2).table()).isEqualTo("B-1");
        api(Actor.COMMITTEE, put("/api/v1/forum/participants/" + c + "/booth"), Map.of("booth", "B-2"), 403);
        api(Actor.PARTNER, put("/api/v1/forum/participants/" + c + "/booth"), Map.of("booth", "B-2"), 404);
        var aView = ViewerContext.call(ForumFixtures.SYSTEM, () -> registrations.readParticipant(a));
        var refused = api(Actor.MANAGER, put("/api/v1/forum/participants/" + a), Map.of("personName", "Booth A",
                "type", "COMPANY", "booth", "B-1", "version", aView.version()), 422);
        assertThat(refused.path("code").asString()).isEqualTo("forum.booth-taken");
    }

    @Test
    void theRegistrationWindowShowsOnThePageAndRefusesPartnersOutsideIt() throws Exception {
        var engagement = fixtures.forumEngagement("Window forum");
        var event = ViewerContext.call(ForumFixtures.SYSTEM, () -> events.create(engagement, new EventDraft("Window forum",
                "Asia/Shanghai", new SlotPlan(List.of(LocalDate.of(2031, 5, 20)), LocalTime.of(10, 0), LocalTime.of(11, 0), 20),
                2, LocalDate.of(2031, 4, 1), LocalDate.of(2031, 5, 1), null, Map.of()), false)).id();
        String base = "/forum/events/" + event;
        var partnerPage = html(page(Actor.PARTNER, get(base), 200));
        assertThat(partnerPage).contains("id=\"registration-closed\"", "Registration opens on 2031-04-01.")
                .doesNotContain("class=\"forum-register\"");
        var refused = page(Actor.PARTNER, post(base + "/participants").param("personName", "Too early")
                .param("type", "COMPANY"), 302);
        assertThat(String.valueOf(refused.getFlashMap().get("error"))).isEqualTo("Registration is not open.");
        assertThat(html(page(Actor.PARTNER, get(base).header("Accept-Language", "ru"), 200))).contains("Регистрация откроется 2031-04-01.");

        // the organiser registers outside the window, naming the organization as the directory does
        assertThat(html(page(Actor.MANAGER, get(base), 200))).contains("forum-register", "Registration opens on 2031-04-01.");
        var org = fixtures.organization("Window guest", "FI");
        String name = ViewerContext.call(ForumFixtures.SYSTEM, () -> directoryQueries.summary(new OrganizationId(org))).orElseThrow().name();
        page(Actor.MANAGER, post(base + "/participants").param("organization", name).param("personName", "Named guest")
                .param("type", "RESEARCH"), 302);
        var unknown = page(Actor.MANAGER, post(base + "/participants").param("organization", "No such organization " + UUID.randomUUID())
                .param("personName", "Lost guest").param("type", "RESEARCH"), 302);
        assertThat(String.valueOf(unknown.getFlashMap().get("error"))).isEqualTo("There is no such organization.");
        var registered = ViewerContext.call(ForumFixtures.SYSTEM, () -> registrations.registrations(event));
        assertThat(registered).extracting(ParticipantView::personName).containsExactly("Named guest");
        assertThat(registered.getFirst().organizationId()).isEqualTo(org);

        var over = ViewerContext.call(ForumFixtures.SYSTEM, () -> events.create(fixtures.forumEngagement("Past forum"),
                new EventDraft("Past forum", "Europe/Moscow", new SlotPlan(List.of(LocalDate.of(2031, 5, 20)),
                        LocalTime.of(10, 0), LocalTime.of(11, 0), 20), 2, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1),
                        null, Map.of()), false)).id();
        assertThat(html(page(Actor.PARTNER, get("/forum/events/" + over), 200))).contains("Registration closed on 2020-02-01.");
    }

    UUID placed(UUID event, UUID one, UUID other, String slot, String table) {
        return ViewerContext.call(ForumFixtures.SYSTEM, () -> {
            var made = requests.add(event, List.of(one, other), null);
            return placements.place(made.id(), made.version(), slot, table).id();
        });
    }

    MeetingView meeting(UUID id) {
        return ViewerContext.call(ForumFixtures.SYSTEM, () -> requests.readMeeting(id));
    }

    /** The table plan's section of one slot. */
    static String slot(String plan, String code) {
        int start = plan.indexOf("data-slot=\"" + code + "\"");
        assertThat(start).as("slot %s in the plan", code).isPositive();
        int end = plan.indexOf("</section>", start);
        return plan.substring(start, end);
    }

    MvcResult page(Actor actor, MockHttpServletRequestBuilder request, int status) throws Exception {
        return web.page(actor, request, status);
    }

    JsonNode api(Actor actor, MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
        return web.api(actor, request, body, status);
    }
}
