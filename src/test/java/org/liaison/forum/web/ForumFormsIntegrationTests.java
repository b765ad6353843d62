package org.liaison.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.forum.web.ForumWeb.html;
import static org.liaison.forum.web.ForumWeb.with;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.ViewerContext;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.forum.internal.MeetingPlacements;
import org.liaison.forum.internal.MeetingRequests;
import org.liaison.forum.internal.ParticipantType;
import org.liaison.forum.internal.Views.EventView;
import org.liaison.forum.internal.Views.MeetingView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The organiser's forum forms: an event created and edited from the page, a participant's
 * availability ticked by the participant's own organization and by the organiser, and meetings
 * (a group of three) made and cancelled by hand. A form that breaks a rule comes back (422) with
 * the rule in the reader's language and what was typed; an edit on a stale version comes back
 * (409) saying so, with the current state.
 */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumFormsIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired ForumEvents events;
    @Autowired ForumRegistrations registrations;
    @Autowired MeetingRequests requests;
    @Autowired MeetingPlacements placements;

    ForumWeb web;
    ForumFixtures fixtures;

    @BeforeAll
    void setUp() {
        web = new ForumWeb(context, "forumforms", "Forum forms partner");
        fixtures = web.fixtures;
    }

    @Test
    void anEventIsCreatedFromTheFormAndBadInputComesBackWithWhatWasTyped() throws Exception {
        String engagement = fixtures.forumEngagement("Forms forum").value().toString();
        var form = Map.ofEntries(Map.entry("engagementId", engagement), Map.entry("title", "Forms brokerage"),
                Map.entry("timeZone", "Asia/Shanghai"), Map.entry("days", "2031-06-02, 2031-06-01"),
                Map.entry("dayStart", "10:00"), Map.entry("dayEnd", "11:00"), Map.entry("slotMinutes", "20"),
                Map.entry("sharedTables", "4"), Map.entry("registrationOpens", "2031-05-01"),
                Map.entry("registrationCloses", "2031-05-25"), Map.entry("maxMeetings", "5"), Map.entry("capINVESTOR", "2"));

        var badDay = html(page(Actor.MANAGER, with(post("/forum/events"), form, "days", "01.06.2031"), 422));
        assertThat(badDay).contains("Not a date: write it as yyyy-mm-dd.", "value=\"01.06.2031\"", "value=\"Forms brokerage\"",
                "value=\"2\"");
        var russian = html(page(Actor.MANAGER, with(post("/forum/events"), form, "days", "01.06.2031")
                .header("Accept-Language", "ru"), 422));
        assertThat(russian).contains("Это не дата").doesNotContain("Not a date");
        assertThat(html(page(Actor.MANAGER, with(post("/forum/events"), form, "registrationCloses", "2031-04-01"), 422)))
                .contains("Registration cannot close before it opens.", "value=\"2031-04-01\"");
        assertThat(html(page(Actor.MANAGER, with(post("/forum/events"), form, "slotMinutes", "twenty"), 422)))
                .contains("Not a whole number.", "value=\"twenty\"");
        assertThat(html(page(Actor.MANAGER, with(post("/forum/events"), form, "capINVESTOR", "0"), 422)))
                .contains("A cap is 1 to 100 meetings.");
        var byTitle = new java.util.HashMap<>(form);
        byTitle.remove("engagementId");
        assertThat(html(page(Actor.MANAGER, with(post("/forum/events"), byTitle, "engagement",
                "No forum has this title " + UUID.randomUUID()), 422)))
                .contains("There is no such engagement.", "No forum has this title");
        page(Actor.PARTNER, with(post("/forum/events"), form, "title", "Partner's forum"), 403);
        page(Actor.COMMITTEE, get("/forum/events/new"), 403);

        assertThat(html(page(Actor.MANAGER, get("/forum/events/new").param("engagement", engagement), 200)))
                .contains("name=\"engagementId\"", engagement);
        var made = page(Actor.MANAGER, with(post("/forum/events"), form, "title", "Forms brokerage"), 302);
        String location = Objects.requireNonNull(made.getResponse().getRedirectedUrl());
        var event = read(UUID.fromString(location.substring("/forum/events/".length())));
        assertThat(event.title()).isEqualTo("Forms brokerage");
        assertThat(event.slots()).extracting(s -> s.code()).containsExactly("d1-1000", "d1-1020", "d1-1040", "d2-1000",
                "d2-1020", "d2-1040");
        assertThat(event.slots().getFirst().localStart().toString()).isEqualTo("2031-06-01T10:00");
        assertThat(event.sharedTables()).isEqualTo(4);
        assertThat(event.maxMeetings()).isEqualTo(5);
        assertThat(event.typeCaps()).isEqualTo(Map.of(ParticipantType.INVESTOR, 2));
        assertThat(event.registrationCloses()).hasToString("2031-05-25");
        assertThat(html(page(Actor.MANAGER, get(location), 200))).contains("Forms brokerage", "Edit the event", "Add a meeting");
    }

    @Test
    void anEditSavesAndOneOnAStaleVersionSaysSoWithTheCurrentState() throws Exception {
        var event = fixtures.event("Forms edit " + UUID.randomUUID().toString().substring(0, 6));
        String settings = "/forum/events/" + event.id() + "/settings";
        var shown = html(page(Actor.MANAGER, get(settings), 200));
        assertThat(shown).contains("value=\"Asia/Shanghai\"", "value=\"2031-05-20, 2031-05-21\"", "value=\"10:00\"",
                "value=\"11:00\"", "value=\"4\"", "value=\"1\"");
        var form = Map.of("title", "Renamed forum", "timeZone", "Asia/Shanghai", "days", "2031-05-20, 2031-05-21",
                "dayStart", "10:00", "dayEnd", "11:00", "slotMinutes", "20", "sharedTables", "5", "maxMeetings", "4",
                "capINVESTOR", "1", "version", String.valueOf(event.version()));
        var badZone = html(page(Actor.ADMIN, with(post(settings), form, "timeZone", "Mars/Olympus"), 422));
        assertThat(badZone).contains("Unknown time zone.", "value=\"Mars/Olympus\"", "value=\"Renamed forum\"");
        page(Actor.COMMITTEE, with(post(settings), form, "sharedTables", "9"), 403);

        page(Actor.ADMIN, with(post(settings), form, "sharedTables", "5"), 302);
        assertThat(read(event.id()).sharedTables()).isEqualTo(5);
        assertThat(read(event.id()).title()).isEqualTo("Renamed forum");

        // the same (now stale) version again: the form says so and shows the current state, nothing is saved
        var lost = new java.util.HashMap<>(form);
        lost.put("title", "Lost edit");
        var stale = html(page(Actor.MANAGER, with(post(settings), lost, "sharedTables", "7"), 409));
        assertThat(stale).contains("Someone else changed this in the meantime.", "value=\"Renamed forum\"", "value=\"5\"")
                .doesNotContain("Lost edit");
        assertThat(read(event.id()).sharedTables()).isEqualTo(5);
        var japanese = html(page(Actor.MANAGER, with(post(settings), form, "sharedTables", "7").header("Accept-Language", "ja"), 409));
        assertThat(japanese).contains("その間に他の人がこの内容を変更しました。");
    }

    @Test
    void theParticipantAndTheOrganiserTickTheSlotsItCanAttend() throws Exception {
        var event = fixtures.event("Forms availability");
        var own = fixtures.approved(event.id(), web.signedIn.partnerOrganization(), "Avail Own", ParticipantType.COMPANY, null, "en");
        var other = fixtures.participant(event.id(), "Avail Other", ParticipantType.COMPANY, null, "en");
        String page = "/forum/participants/" + own.id() + "/availability";

        var grid = html(page(Actor.PARTNER, get(page), 200));
        assertThat(grid).contains("Availability of Avail Own", "data-slot=\"d1-1000\"", "data-slot=\"d2-1040\"", "10:00–10:20");
        assertThat(ticks(grid)).isEqualTo(6); // every slot ticked at first

        page(Actor.PARTNER, post(page).param("slot", "d1-1000").param("slot", "d2-1020")
                .param("version", String.valueOf(own.version())), 302);
        var saved = ViewerContext.call(ForumFixtures.SYSTEM, () -> registrations.readParticipant(own.id()));
        assertThat(saved.unavailable()).containsExactlyInAnyOrder("d1-1020", "d1-1040", "d2-1000", "d2-1040");

        var stale = html(page(Actor.PARTNER, post(page).param("slot", "d1-1040").param("version", String.valueOf(own.version())), 409));
        assertThat(stale).contains("Someone else changed this in the meantime.");
        assertThat(ticks(stale)).isEqualTo(2); // the two saved ticks, not the stale one
        assertThat(stale).containsPattern("value=\"d2-1020\"[^>]*checked");

        var unknown = html(page(Actor.MANAGER, post(page).param("slot", "d1-1000").param("slot", "d9-0900")
                .param("version", String.valueOf(saved.version())), 422));
        assertThat(unknown).contains("There is no such slot.");
        page(Actor.MANAGER, post(page).param("slot", "d1-1040").param("version", String.valueOf(saved.version())), 302);
        assertThat(ViewerContext.call(ForumFixtures.SYSTEM, () -> registrations.readParticipant(own.id())).unavailable())
                .doesNotContain("d1-1040").hasSize(5);

        page(Actor.COMMITTEE, post(page).param("slot", "d1-1000").param("version", "9"), 403);
        page(Actor.PARTNER, get("/forum/participants/" + other.id() + "/availability"), 404);
        page(Actor.PARTNER, post("/forum/participants/" + other.id() + "/availability").param("version", "0"), 404);
    }

    @Test
    void theOrganiserMakesAGroupMeetingAndCancelsAMeetingByHand() throws Exception {
        var event = fixtures.event("Forms meetings");
        var a = fixtures.participant(event.id(), "Group A", ParticipantType.COMPANY, null, "en");
        var b = fixtures.participant(event.id(), "Group B", ParticipantType.COMPANY, null, "en");
        var c = fixtures.participant(event.id(), "Group C", ParticipantType.RESEARCH, null, "en");
        var investor = fixtures.participant(event.id(), "Group Investor", ParticipantType.INVESTOR, null, "en");
        String base = "/forum/events/" + event.id();

        assertThat(html(page(Actor.MANAGER, get(base + "/meetings/new"), 200))).contains("Group A", "Group B", "Group C");
        var tooFew = html(page(Actor.MANAGER, post(base + "/meetings").param("participant", a.id().toString())
                .param("note", "Joint lab"), 422));
        assertThat(tooFew).contains("A meeting has two or more participants.", "Joint lab")
                .containsPattern("value=\"" + a.id() + "\"[^>]*checked");
        page(Actor.PARTNER, post(base + "/meetings").param("participant", a.id().toString()).param("participant", b.id().toString()), 403);

        page(Actor.MANAGER, post(base + "/meetings").param("participant", a.id().toString())
                .param("participant", b.id().toString()).param("participant", c.id().toString()).param("note", "Joint lab"), 302);
        var group = meetings(event.id()).stream().filter(m -> "Joint lab".equals(m.note())).findFirst().orElseThrow();
        assertThat(group.participants()).extracting(w -> w.personName()).containsExactly("Group A", "Group B", "Group C");
        assertThat(group.status()).isEqualTo("ACCEPTED");

        // the investor's cap is one meeting
        page(Actor.ADMIN, post(base + "/meetings").param("participant", investor.id().toString())
                .param("participant", a.id().toString()), 302);
        var capped = html(page(Actor.ADMIN, post(base + "/meetings").param("participant", investor.id().toString())
                .param("participant", b.id().toString()), 422));
        assertThat(capped).contains("A participant has reached the most meetings allowed.");

        var eventPage = html(page(Actor.MANAGER, get(base), 200));
        assertThat(eventPage).contains("Cancel the meeting", "Joint lab");
        page(Actor.MANAGER, post("/forum/meetings/" + group.id() + "/cancel").param("event", event.id().toString()), 302);
        assertThat(meetings(event.id()).stream().filter(m -> m.id().equals(group.id())).findFirst().orElseThrow().status())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aParticipantCannotBecomeUnavailableWhereALockedMeetingHoldsIt() throws Exception {
        var event = fixtures.event("Forms locked");
        var a = fixtures.participant(event.id(), "Locked A", ParticipantType.COMPANY, null, "en");
        var b = fixtures.participant(event.id(), "Locked B", ParticipantType.COMPANY, null, "en");
        var meeting = ViewerContext.call(ForumFixtures.SYSTEM, () -> {
            var made = requests.add(event.id(), List.of(a.id(), b.id()), null);
            var at = placements.place(made.id(), made.version(), "d1-1020", null);
            return placements.lock(at.id(), true);
        });
        String page = "/forum/participants/" + b.id() + "/availability";
        var refused = html(page(Actor.MANAGER, post(page).param("slot", "d1-1000").param("version", String.valueOf(b.version())), 422));
        assertThat(refused).contains("A locked meeting holds this participant in one of those slots");
        assertThat(ViewerContext.call(ForumFixtures.SYSTEM, () -> registrations.readParticipant(b.id())).unavailable()).isEmpty();
        assertThat(html(page(Actor.MANAGER, post(page).param("slot", "d1-1000").param("version", String.valueOf(b.version()))
                .header("Accept-Language", "zh"), 422))).contains("已锁定的洽谈");

        // unlocked, the slot can go; the meeting stays placed there until the scheduler runs again
        ViewerContext.run(ForumFixtures.SYSTEM, () -> placements.lock(meeting.id(), false));
        page(Actor.MANAGER, post(page).param("slot", "d1-1000").param("version", String.valueOf(b.version())), 302);
        assertThat(ViewerContext.call(ForumFixtures.SYSTEM, () -> registrations.readParticipant(b.id())).unavailable())
                .contains("d1-1020");
    }

    @Test
    void aChangeThatWouldBreakALockedMeetingIsRefusedAndNothingIsSaved() throws Exception {
        var event = fixtures.event("Forms locked caps");
        var a = fixtures.participant(event.id(), "Capped A", ParticipantType.COMPANY, null, "en");
        var b = fixtures.participant(event.id(), "Capped B", ParticipantType.COMPANY, null, "en");
        var c = fixtures.participant(event.id(), "Capped C", ParticipantType.COMPANY, null, "en");
        ViewerContext.run(ForumFixtures.SYSTEM, () -> {
            for (var pair : List.of(List.of(a.id(), b.id(), "d1-1000"), List.of(a.id(), c.id(), "d1-1020"))) {
                var made = requests.add(event.id(), List.of((UUID) pair.get(0), (UUID) pair.get(1)), null);
                var at = placements.place(made.id(), made.version(), (String) pair.get(2), null);
                placements.lock(at.id(), true);
            }
        });
        String settings = "/forum/events/" + event.id() + "/settings";
        var form = Map.of("title", "Forms locked caps", "timeZone", "Asia/Shanghai", "days", "2031-05-20, 2031-05-21",
                "dayStart", "10:00", "dayEnd", "11:00", "slotMinutes", "20", "sharedTables", "2", "maxMeetings", "4",
                "capINVESTOR", "1", "version", String.valueOf(event.version()));

        // A holds two locked meetings: a cap of one per participant would make every scheduler run fail
        var refused = html(page(Actor.MANAGER, with(post(settings), form, "maxMeetings", "1"), 422));
        assertThat(refused).contains("This change would leave a locked meeting where the rules no longer allow it");
        assertThat(read(event.id()).maxMeetings()).isEqualTo(4);
        assertThat(html(page(Actor.MANAGER, with(post(settings), form, "maxMeetings", "1").header("Accept-Language", "ru"), 422)))
                .contains("закреплённая встреча окажется там");
        // nor may the slot of a locked meeting go (a day ending at 10:20 keeps only the 10:00 slots)
        page(Actor.MANAGER, with(post(settings), form, "dayEnd", "10:20"), 422);
        assertThat(read(event.id()).slots()).hasSize(6);

        // a cap the locked meetings fit in is saved
        page(Actor.MANAGER, with(post(settings), form, "maxMeetings", "2"), 302);
        assertThat(read(event.id()).maxMeetings()).isEqualTo(2);
    }

    static int ticks(String html) {
        return html.split("checked=\"checked\"", -1).length - 1;
    }

    EventView read(UUID id) {
        return ViewerContext.call(ForumFixtures.SYSTEM, () -> events.read(id));
    }

    List<MeetingView> meetings(UUID event) {
        return ViewerContext.call(ForumFixtures.SYSTEM, () -> requests.meetings(event));
    }

    MvcResult page(Actor actor, MockHttpServletRequestBuilder request, int status) throws Exception {
        return web.page(actor, request, status);
    }
}
