package org.liaison.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.EngagementDraft;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.ParticipantInput;
import org.liaison.engagements.internal.Schedule;
import org.liaison.support.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engagements' pages over real HTTP, signed in through the login form: the access rule on the
 * list and its filters, readable messages for invalid input (422) and for a stale edit (409), the
 * engagement page with its times in the place's own zone.
 */
@Tag("persistence")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EngagementPagesIntegrationTests {

    static final String PASSWORD = "engagement-pages-test-2012";
    static final Viewer SYSTEM = Viewer.system("engagement pages test");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;
    @Autowired
    DirectoryQueries directory;
    @Autowired
    EngagementService engagements;

    PageClient manager;

    @BeforeEach
    void users() {
        users.createIfAbsent(NewUser.staff("pages-engagements-manager", "Pages manager", PASSWORD, Role.COOPERATION_MANAGER));
        manager = new PageClient(port).signIn("pages-engagements-manager", PASSWORD);
    }

    @Test
    void aPartnerListsOnlyTheEngagementsItsOrganizationTookPartIn() {
        var keidanren = ViewerContext.call(SYSTEM, () -> directory.organizationNamed("Keidanren")).orElseThrow();
        users.createIfAbsent(NewUser.partner("pages-keidanren", "Keidanren partner", PASSWORD, keidanren.value()));
        var partner = new PageClient(port).signIn("pages-keidanren", PASSWORD);

        var list = partner.get("/engagements");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Meetings at Keidanren")
                .doesNotContain("Viktor Vekselberg&#39;s visit to Tokyo")
                .doesNotContain("Sino-Russian Trade and Investment Forum");
        var visit = ViewerContext.call(SYSTEM, () -> engagements.list(
                new org.liaison.engagements.internal.EngagementFilter(EngagementKind.VISIT, null, null, null), 0, 1))
                .getContent().getFirst();
        assertThat(partner.get("/engagements/" + visit.id()).status()).isEqualTo(404);
        assertThat(partner.get("/engagements/" + visit.id() + "/briefing.pdf").status()).isEqualTo(404);
    }

    @Test
    void filtersByKindCountryAndPeriodInTheList() {
        var japanMeetings = manager.get("/engagements?kind=MEETING&country=JP&from=2012-04-26&to=2012-04-26");
        assertThat(japanMeetings.body()).contains("Meetings at Keidanren", "Discussions at the Ministry of Foreign Affairs")
                .doesNotContain("Sino-Russian Trade and Investment Forum");
        var fragment = manager.get("/engagements?kind=FORUM", "HX-Request", "true");
        assertThat(fragment.body()).contains("Sino-Russian Trade and Investment Forum").doesNotContain("<html");
        var none = manager.get("/engagements?kind=FORUM&country=JP");
        assertThat(none.body()).contains("No engagement matches these filters.");
    }

    @Test
    void invalidInputComesBackWithReadableMessagesNextToTheFields() {
        var blank = manager.post("/engagements", List.of(new String[] {"kind", ""}, new String[] {"title", " "},
                new String[] {"start", "2031-05-10T10:00"}, new String[] {"timeZone", "Asia/Tokyo"}));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("Choose the kind of engagement.").contains("Give the engagement a title.");

        var badZone = manager.post("/engagements", List.of(new String[] {"kind", "MEETING"},
                new String[] {"title", "Meeting on Mars"}, new String[] {"start", "2031-05-10T10:00"},
                new String[] {"timeZone", "Mars/Olympus_Mons"}));
        assertThat(badZone.status()).isEqualTo(422);
        assertThat(badZone.body()).contains("IANA").contains("value=\"Meeting on Mars\"");

        var badOwner = manager.post("/engagements", List.of(new String[] {"kind", "MEETING"},
                new String[] {"title", "Meeting with an owner"}, new String[] {"start", "2031-05-10T10:00"},
                new String[] {"timeZone", "Asia/Tokyo"}, new String[] {"followUpTitle", "Call back"},
                new String[] {"followUpOwner", "nobody-of-that-name"}));
        assertThat(badOwner.status()).isEqualTo(422);
        assertThat(badOwner.body()).contains("There is no member of the hub");
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessageAndTheInputKept() {
        var created = ViewerContext.call(SYSTEM, () -> engagements.create(draft("Call with Toshiba")));
        ViewerContext.call(SYSTEM, () -> engagements.update(created.id(), created.version(), draft("Call with Toshiba, moved")));

        var stale = manager.post("/engagements/" + created.id(), List.of(new String[] {"kind", "CALL"},
                new String[] {"title", "Call with Toshiba, my change"}, new String[] {"start", "2031-06-01T09:30"},
                new String[] {"timeZone", "Asia/Tokyo"}, new String[] {"version", String.valueOf(created.version())}));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this engagement").contains("Call with Toshiba, my change");
        assertThat(ViewerContext.call(SYSTEM, () -> engagements.engagement(created.id())).title()).isEqualTo("Call with Toshiba, moved");

        var page = manager.get("/engagements/" + created.id());
        assertThat(page.body()).contains("Asia/Tokyo").contains("9:30");
    }

    @Test
    void peoplePickedOnEitherSideBecomeParticipantsShownOnTheEngagement() {
        var form = manager.get("/engagements/new");
        assertThat(form.body()).contains("/engagements/people-picker?field=partnerPersonPick")
                .contains("/engagements/people-picker?field=hubPersonPick").contains("Add a partner person");

        var vekselberg = ViewerContext.call(SYSTEM, () -> directory.personNamed("Viktor Vekselberg")).orElseThrow();
        var li = ViewerContext.call(SYSTEM, () -> directory.personNamed("Li Keqiang")).orElseThrow();
        var picked = manager.get("/engagements/people-picker?field=hubPersonPick&q=vekselb", "HX-Request", "true");
        assertThat(picked.status()).as(picked.body()).isEqualTo(200);
        String vekselbergName = ViewerContext.call(SYSTEM, () -> directory.personNames(List.of(vekselberg))).get(vekselberg);
        assertThat(picked.body()).contains(vekselbergName).contains("name=\"hubPersonPick\"")
                .contains("value=\"" + vekselberg.value() + "\"").contains("data-participant-type=\"person\"")
                .doesNotContain(li.value().toString()).doesNotContain("<html");
        assertThat(manager.get("/engagements/people-picker?field=hubPersonPick&q=nobody-called-this").body())
                .contains("No one of that name.");

        var created = manager.post("/engagements", List.of(new String[] {"kind", "MEETING"},
                new String[] {"title", "Meeting with people on both sides"}, new String[] {"start", "2031-07-01T10:00"},
                new String[] {"timeZone", "Europe/Moscow"},
                new String[] {"participants[0].person", vekselberg.value().toString()},
                new String[] {"participants[0].side", "HUB"},
                new String[] {"participants[0].role", "President"},
                new String[] {"participants[1].person", li.value().toString()},
                new String[] {"participants[1].side", "PARTNER"}));
        assertThat(created.status()).isEqualTo(302);
        var page = manager.get(created.location());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/directory/people/" + vekselberg.value())
                .contains("/directory/people/" + li.value()).contains("President");
        var id = java.util.UUID.fromString(created.location().replaceFirst(".*/engagements/", "").replaceFirst("[?#].*", ""));
        var participants = ViewerContext.call(SYSTEM, () -> engagements.engagement(id)).participants();
        assertThat(participants).anySatisfy(p -> {
            assertThat(p.person()).isEqualTo(vekselberg.value());
            assertThat(p.side().name()).isEqualTo("HUB");
        }).anySatisfy(p -> {
            assertThat(p.person()).isEqualTo(li.value());
            assertThat(p.side().name()).isEqualTo("PARTNER");
        });
        assertThat(manager.get("/engagements/" + id + "/edit").body())
                .contains("name=\"participants[0].person\"").contains(vekselberg.value().toString())
                .contains(li.value().toString());

        var committee = "pages-engagements-committee";
        users.createIfAbsent(NewUser.staff(committee, "Pages committee", PASSWORD, Role.COMMITTEE_MEMBER));
        assertThat(new PageClient(port).signIn(committee, PASSWORD)
                .get("/engagements/people-picker?q=vekselb").status()).isEqualTo(403);
    }

    static EngagementDraft draft(String title) {
        return new EngagementDraft(EngagementKind.CALL, title, Schedule.of(LocalDateTime.of(2031, 6, 1, 9, 30), null, "Asia/Tokyo"),
                null, null, null, null, null, null, null, List.<ParticipantInput>of(), null);
    }

}
