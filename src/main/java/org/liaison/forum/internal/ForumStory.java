package org.liaison.forum.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.engagements.EngagementQueries;
import org.liaison.forum.internal.BrokerageEvent.AgendaStatus;
import org.liaison.shared.DemoDataContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The brokerage event of the reference story's Sino-Russian Trade and Investment Forum. The story
 * names the forum, not its meetings: every participant here is sample data, marked so, with
 * sample people ("Sample delegate 07") and, besides a few organizations of the story (Skolkovo,
 * Tsinghua, Torch, Zhongguancun, Lenovo, ZTE), sample organizations. Requests are generated from
 * a fixed seed, most accepted; the schedule is computed and published as preliminary on the first
 * start. Idempotent: nothing is added when the forum already has a brokerage event.
 */
@Component
class ForumStory implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(ForumStory.class);
    static final String FORUM = "Sino-Russian Trade and Investment Forum";
    static final String TITLE = "B2B meetings at the Sino-Russian Trade and Investment Forum";
    static final List<String> STORY_ORGANIZATIONS = List.of("Skolkovo Foundation", "Tsinghua University",
            "Torch technopark of Tsinghua University", "Zhongguancun", "Lenovo", "ZTE");
    private static final String[] RU_PLACES = {"Volga", "Ural", "Neva", "Oka", "Kama", "Baikal", "Amur", "Sever", "Vyatka", "Tomsk"};
    private static final String[] CN_PLACES = {"Yangtze", "Pearl River", "Huaxia", "Taihu", "Kunlun", "Lijiang", "Qilu", "Bohai", "Minjiang", "Songhua"};
    private static final String[] FIELDS = {"Robotics", "Photonics", "Biotech", "Energy Systems", "Materials", "Software",
            "Medical Devices", "Space Components", "Agritech", "Logistics"};

    private final ForumEvents forum;
    private final ForumAccess access;
    private final ForumSamples samples;
    private final ScheduleJobs jobs;
    private final BrokerageEvents events;
    private final EngagementQueries engagements;
    private final DirectoryQueries directory;
    private final ForumSettings settings;

    ForumStory(ForumEvents forum, ForumAccess access, ForumSamples samples, ScheduleJobs jobs, BrokerageEvents events, EngagementQueries engagements,
            DirectoryQueries directory, ForumSettings settings) {
        this.forum = forum;
        this.access = access;
        this.samples = samples;
        this.jobs = jobs;
        this.events = events;
        this.engagements = engagements;
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public String name() {
        return "forum";
    }

    @Override
    public void contribute() {
        ViewerContext.run(Viewer.system("demo-forum"), this::story);
    }

    private void story() {
        var engagement = engagements.engagementTitled(FORUM).orElse(null);
        if (engagement == null || events.findFirstByEngagement(engagement.value()).isPresent()) {
            return;
        }
        var view = forum.create(engagement, new EventDraft(TITLE, "Europe/Moscow",
                new SlotPlan(List.of(LocalDate.of(2012, 4, 27), LocalDate.of(2012, 4, 28)), LocalTime.of(10, 0),
                        LocalTime.of(13, 0), 20),
                10, LocalDate.of(2012, 3, 1), LocalDate.of(2012, 4, 20), 8, Map.of(ParticipantType.INVESTOR, 6)), true);
        var event = access.event(view.id());
        var codes = event.getSlots().stream().map(SlotRow::code).toList();
        var random = new Random(2012);
        var people = new ArrayList<ForumParticipant>();
        int number = 0;
        for (String name : STORY_ORGANIZATIONS) {
            var id = directory.organizationNamed(name).orElse(null);
            if (id != null) {
                people.add(sample(event, id.value(), name, ++number, codes, random,
                        name.equals("Skolkovo Foundation") ? "B-1" : name.equals("Lenovo") ? "B-2" : null));
            }
        }
        for (int i = 0; i < 44; i++) {
            boolean russian = i % 2 == 0;
            String place = (russian ? RU_PLACES : CN_PLACES)[random.nextInt(10)];
            String org = place + " " + FIELDS[random.nextInt(FIELDS.length)] + " (sample " + (russian ? "RU" : "CN") + "-"
                    + String.format("%02d", i + 1) + ")";
            people.add(sample(event, null, org, ++number, codes, random, null));
        }
        // a group meeting first, then requests: popularity skewed towards the first participants, most
        // accepted; pairs asked twice and participants at their cap are skipped (no rule is broken here).
        // Everything is made in memory and saved in one go (ForumSamples.saveSamples): one transaction,
        // batch inserts, no reload of the event's meetings per request.
        var counts = new java.util.HashMap<java.util.UUID, Integer>();
        var pairs = new java.util.HashSet<java.util.Set<java.util.UUID>>();
        var made = new ArrayList<ForumMeeting>();
        var at = java.time.Instant.now();
        var group = List.of(people.get(0), people.get(2), people.get(3));
        made.add(new ForumMeeting(event.getId(), group, "Sample group meeting: joint fund for breakthrough projects",
                ForumMeeting.Status.ACCEPTED, at));
        group.forEach(p -> counts.merge(p.getId(), 1, Integer::sum));
        for (var from : people) {
            int wanted = 2 + random.nextInt(4);
            for (int k = 0; k < wanted; k++) {
                int index = (int) Math.min(people.size() - 1, Math.floor(Math.pow(random.nextDouble(), 1.6) * people.size()));
                var to = people.get(index);
                if (to == from || !pairs.add(java.util.Set.of(from.getId(), to.getId()))) {
                    continue;
                }
                var meeting = new ForumMeeting(event.getId(), List.of(from, to), "Sample request: "
                        + (from.getWants() == null ? "introduction" : from.getWants()), ForumMeeting.Status.REQUESTED,
                        at.plusNanos(1000L * made.size()));
                double roll = random.nextDouble();
                if (roll < 0.85 && underCap(event, from, counts) && underCap(event, to, counts)) {
                    meeting.accept();
                    counts.merge(from.getId(), 1, Integer::sum);
                    counts.merge(to.getId(), 1, Integer::sum);
                } else if (roll >= 0.85 && roll < 0.93) {
                    meeting.decline();
                }
                made.add(meeting);
            }
        }
        samples.saveSamples(event.getId(), people, made);
        var job = jobs.runNow(event.getId(), settings.demoSeconds(), 1);
        forum.publish(event.getId(), AgendaStatus.PRELIMINARY);
        log.info("Demo forum: {} participants, {} of {} accepted meetings placed", people.size(), job.scheduled(), job.meetings());
    }

    private static boolean underCap(BrokerageEvent event, ForumParticipant p, Map<java.util.UUID, Integer> counts) {
        Integer cap = event.capFor(p.getType());
        return cap == null || counts.getOrDefault(p.getId(), 0) < cap;
    }

    private ForumParticipant sample(BrokerageEvent event, java.util.@Nullable UUID organization, String organizationName,
            int number, List<String> codes, Random random, @Nullable String booth) {
        var type = switch (random.nextInt(10)) {
            case 0, 1 -> ParticipantType.INVESTOR;
            case 2 -> ParticipantType.RESEARCH;
            case 3 -> ParticipantType.GOVERNMENT;
            default -> ParticipantType.COMPANY;
        };
        var unavailable = new ArrayList<String>();
        if (random.nextDouble() < 0.15) { // one day only
            int day = 1 + random.nextInt(2);
            codes.stream().filter(c -> !c.startsWith("d" + day + "-")).forEach(unavailable::add);
        }
        codes.stream().filter(c -> random.nextDouble() < 0.2 && !unavailable.contains(c)).forEach(unavailable::add);
        String field = FIELDS[random.nextInt(FIELDS.length)];
        String wants = FIELDS[random.nextInt(FIELDS.length)];
        return samples.sampleParticipant(event, organization, organizationName, "Sample delegate " + String.format("%02d", number),
                new ParticipantDraft(organization, null, null, type, null, "en",
                        "Sample profile: " + organizationName + " works in " + field.toLowerCase(java.util.Locale.ROOT) + ".",
                        field + " partnerships", wants + " partners", booth, unavailable));
    }
}
