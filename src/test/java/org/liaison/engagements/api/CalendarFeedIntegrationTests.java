package org.liaison.engagements.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.EngagementDraft;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.FollowUpDraft;
import org.liaison.engagements.internal.ParticipantInput;
import org.liaison.engagements.internal.Schedule;
import org.liaison.engagements.internal.Side;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** The per-user iCalendar feed: issued through the API, read without sign-in, parsed back with ical4j. */
@Tag("persistence")
@SpringBootTest
@AutoConfigureMockMvc
class CalendarFeedIntegrationTests {

    static final Viewer SYSTEM = Viewer.system("calendar tests");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DirectoryService directory;
    @Autowired
    EngagementService engagements;

    @Test
    void theFeedHoldsUpcomingEngagementsInTheirTimeZonesAndOpenFollowUps() throws Exception {
        var user = users.create(NewUser.staff("calendar-" + UUID.randomUUID().toString().substring(0, 8), "Calendar test",
                "calendar-test-" + UUID.randomUUID(), Role.COOPERATION_MANAGER));
        var token = tokens.issue(user.id(), "calendar tests", null).secret();
        var start = LocalDateTime.now().plusDays(10).withHour(10).withMinute(0).withSecond(0).withNano(0);
        var title = "Meeting at Keidanren " + UUID.randomUUID().toString().substring(0, 8);
        var meeting = ViewerContext.call(SYSTEM, () -> engagements.create(new EngagementDraft(EngagementKind.MEETING, title,
                Schedule.of(start, start.plusHours(1), "Asia/Tokyo"), "Keidanren Kaikan", "Tokyo", "JP", null, null, null,
                null, List.of(new ParticipantInput(organization(), null, Side.PARTNER, null)))));
        var due = LocalDate.now().plusDays(7);
        ViewerContext.run(SYSTEM, () -> engagements.addFollowUp(meeting.id(),
                new FollowUpDraft("Send Hitachi a proposal", user.id(), due)));

        var issued = JsonMapper.builder().build().readTree(mvc.perform(post("/api/v1/me/calendar")
                .header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString());
        var url = issued.path("url").asString();
        assertThat(url).contains("/calendar/").endsWith(".ics");
        var path = url.substring(url.indexOf("/calendar/"));

        // No session, no token header: the secret URL is the credential.
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.getContentAsString()));

        VEvent event = calendar.<CalendarComponent>getComponents().stream()
                .filter(c -> c instanceof VEvent).map(c -> (VEvent) c)
                .filter(e -> e.getSummary().getValue().equals(title))
                .findFirst().orElseThrow();
        ZonedDateTime eventStart = (ZonedDateTime) event.getDateTimeStart().getDate();
        // 10:00 in Tokyo, written with TZID=Asia/Tokyo and its VTIMEZONE (which ical4j reads back under its own id)
        assertThat(eventStart.toLocalDateTime()).isEqualTo(start);
        assertThat(eventStart.toInstant()).isEqualTo(start.atZone(ZoneId.of("Asia/Tokyo")).toInstant());
        assertThat(eventStart.getOffset().getTotalSeconds()).isEqualTo(9 * 3600);
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString()).contains("TZID=Asia/Tokyo");
        assertThat(calendar.getComponents("VTIMEZONE")).isNotEmpty();
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Keidanren Kaikan, Tokyo, JP");

        VToDo todo = calendar.<CalendarComponent>getComponents().stream()
                .filter(c -> c instanceof VToDo).map(c -> (VToDo) c)
                .filter(t -> t.getSummary().getValue().equals("Send Hitachi a proposal"))
                .findFirst().orElseThrow();
        assertThat(todo.getProperty(Property.DUE).orElseThrow().getValue()).isEqualTo(due.toString().replace("-", ""));

        // A new URL revokes the old one.
        mvc.perform(post("/api/v1/me/calendar").header("Authorization", "Bearer " + token)).andReturn();
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anUnknownTokenAnswersNotFound() throws Exception {
        assertThat(mvc.perform(get("/calendar/" + UUID.randomUUID() + ".ics")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    UUID organization() {
        return ViewerContext.call(SYSTEM, () -> directory.register(new OrganizationDraft(OrganizationKind.BUSINESS_ASSOCIATION,
                List.of(new NameInput("Keidanren calendar " + UUID.randomUUID().toString().substring(0, 8), "en", true)),
                List.of(), "JP", null, null, null, Set.of())).id());
    }
}
