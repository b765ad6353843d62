package org.liaison.engagements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;
import org.liaison.engagements.EngagementKind;
import org.liaison.shared.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * The engagements of the reference story (shared/seed/skolkovo-china-japan.txt, a news item of
 * early May 2012): the Sino-Russian Trade and Investment Forum "last week", the Tokyo visit of
 * April 26 with its meetings, and the memorandum signed with the Torch technopark "last month".
 * Days and times the article does not give are chosen and marked approximate in the notes.
 * Participants are looked up by name in the directory; no one is invented. Two follow-ups
 * illustrate upcoming work: sample data, dated relative to today. Idempotent by title.
 */
@Component
class EngagementStory implements DemoDataContributor {

    static final String SOURCE = " Source: The Skolkovo Foundation.";
    static final String FORUM = "Sino-Russian Trade and Investment Forum";
    static final String TOKYO_VISIT = "Viktor Vekselberg's visit to Tokyo";
    static final String MOU = "Memorandum of understanding with the Torch technopark of Tsinghua University";
    static final String SAMPLE = "Sample data: ";
    static final String MANAGER = "manager";

    private final EngagementService service;
    private final Engagements engagements;
    private final FollowUps followUps;
    private final DirectoryQueries directory;
    private final UserAccounts users;
    private final java.time.Clock clock;

    EngagementStory(EngagementService service, Engagements engagements, FollowUps followUps, DirectoryQueries directory,
            UserAccounts users, java.time.Clock clock) {
        this.service = service;
        this.engagements = engagements;
        this.followUps = followUps;
        this.directory = directory;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String name() {
        return "engagements";
    }

    @Override
    public void contribute() {
        ViewerContext.run(Viewer.system("demo-engagements"), this::story);
    }

    private void story() {
        var participants = new ArrayList<ParticipantInput>();
        organization("Skolkovo Foundation", Side.HUB, participants);
        person("Viktor Vekselberg", Side.HUB, "President of the Skolkovo Foundation", participants);
        person("Li Keqiang", Side.PARTNER, "Vice-Premier of China", participants);
        organization("State Council of the People's Republic of China", Side.PARTNER, participants);
        organization("Lenovo", Side.PARTNER, participants);
        organization("ZTE", Side.PARTNER, participants);
        engagement(EngagementKind.FORUM, FORUM, LocalDate.of(2012, 4, 28), "Europe/Moscow", null, null, null,
                "Viktor Vekselberg and China's Vice-Premier Li Keqiang discussed opportunities for cooperation. Top "
                        + "managers of Lenovo and ZTE, Chinese companies actively developing activities in Russia, "
                        + "attended." + SOURCE,
                "Date approximate: the news item of early May 2012 says “last week”; place and time of day not reported (time zone assumed Moscow).",
                "Cooperation with China, “a strategic partner that can stimulate technology transfers”, to be extended; "
                        + "a joint direct investment fund to finance breakthrough projects is being considered.",
                participants);

        participants = new ArrayList<>();
        organization("Skolkovo Foundation", Side.HUB, participants);
        person("Viktor Vekselberg", Side.HUB, "President of the Skolkovo Foundation", participants);
        var visit = engagement(EngagementKind.VISIT, TOKYO_VISIT, LocalDate.of(2012, 4, 26), "Asia/Tokyo", "Tokyo", "JP",
                null, "Visit to develop relations with Japan: discussions with the Ministry of Economy, Trade and "
                        + "Industry and the Ministry of Foreign Affairs, meetings at Keidanren and a visit to the "
                        + "Research Center of Applied Sciences and Technologies of the Tokyo university." + SOURCE,
                "Time of day not reported.",
                "“We enjoy cooperation with US and European companies, but no Japanese companies so far”: Hitachi, NEC, "
                        + "Mitsubishi and Toshiba named as companies to partner with.",
                participants);
        meeting(visit, "Discussions at the Ministry of Economy, Trade and Industry", "Ministry of Economy, Trade and Industry");
        meeting(visit, "Discussions at the Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Japan");
        meeting(visit, "Meetings at Keidanren", "Keidanren");
        meeting(visit, "Visit to the Research Center of Applied Sciences and Technologies",
                "Research Center of Applied Sciences and Technologies");

        participants = new ArrayList<>();
        organization("Skolkovo Foundation", Side.HUB, participants);
        organization("Torch technopark of Tsinghua University", Side.PARTNER, participants);
        var mou = engagement(EngagementKind.MEETING, MOU, LocalDate.of(2012, 4, 2), "Asia/Shanghai", null, null, null,
                "Signing of a memorandum of understanding on deeper cooperation with the technopark's high-tech "
                        + "centers." + SOURCE,
                "Date approximate: the news item of early May 2012 says the memorandum was signed “last month” (April); day, "
                        + "place and time not reported.",
                "Memorandum of understanding signed.", participants);

        var today = LocalDate.now(clock);
        sampleFollowUp(visit, "Send Hitachi a proposal", today.plusDays(7));
        sampleFollowUp(mou, "Agree the next steps of the memorandum with the Torch technopark", today.plusDays(14));
    }

    private @Nullable UUID engagement(EngagementKind kind, String title, LocalDate day, String zone, @Nullable String city,
            @Nullable String country, @Nullable UUID parent, String description, String notes, @Nullable String outcomes,
            List<ParticipantInput> participants) {
        var existing = engagements.findFirstByTitle(title);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        var schedule = Schedule.of(LocalDateTime.of(day, LocalTime.of(9, 0)), null, zone);
        return service.create(new EngagementDraft(kind, title, schedule, null, city, country, description, notes,
                outcomes, parent, participants)).id();
    }

    private void meeting(@Nullable UUID visit, String title, String organization) {
        var participants = new ArrayList<ParticipantInput>();
        organization("Skolkovo Foundation", Side.HUB, participants);
        person("Viktor Vekselberg", Side.HUB, "President of the Skolkovo Foundation", participants);
        organization(organization, Side.PARTNER, participants);
        engagement(EngagementKind.MEETING, title, LocalDate.of(2012, 4, 26), "Asia/Tokyo", "Tokyo", "JP", visit,
                "Part of Viktor Vekselberg's visit to Tokyo on April 26, 2012." + SOURCE,
                "Time of day not reported.", null, participants);
    }

    private void sampleFollowUp(@Nullable UUID engagement, String title, LocalDate due) {
        var manager = users.findByUsername(MANAGER);
        if (engagement == null || manager.isEmpty() || followUps.existsByEngagementAndTitle(engagement, SAMPLE + title)) {
            return;
        }
        followUps.save(new FollowUp(engagement, SAMPLE + title, manager.get().id(), due, true, Instant.now(clock)));
    }

    private void organization(String name, Side side, List<ParticipantInput> into) {
        Optional<OrganizationId> id = directory.organizationNamed(name);
        id.ifPresent(o -> into.add(new ParticipantInput(o.value(), null, side, null)));
    }

    private void person(String name, Side side, String role, List<ParticipantInput> into) {
        Optional<PersonId> id = directory.personNamed(name);
        id.ifPresent(p -> into.add(new ParticipantInput(null, p.value(), side, role)));
    }
}
