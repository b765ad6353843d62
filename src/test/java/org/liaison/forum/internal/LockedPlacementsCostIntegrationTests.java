package org.liaison.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.ViewerContext;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.engagements.EngagementCommands;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.schedule.InstanceCheck;
import org.liaison.forum.schedule.InvalidInstanceException;
import org.liaison.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The locked-meeting check on a big event (default 300 participants, 2,400 accepted meetings, 16
 * slots; {@code -Dforum.locked-cost.participants=5000} gives the benchmark's XL size): it builds the
 * instance of the locked meetings only, and decides as the check of the whole event does (the
 * reference here: every participant and meeting, as the check was before). Prints both checks' times
 * (median of 7, each in its own transaction) with the load average.
 */
@Tag("persistence")
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockedPlacementsCostIntegrationTests {

    static final int PARTICIPANTS = Integer.getInteger("forum.locked-cost.participants", 300);

    @Autowired DirectoryService directory;
    @Autowired EngagementCommands engagements;
    @Autowired ForumEvents events;
    @Autowired ForumRegistrations registrations;
    @Autowired ForumSamples samples;
    @Autowired LockedPlacements locked;
    @Autowired BrokerageEvents brokerageEvents;
    @Autowired ForumParticipants participants;
    @Autowired ForumMeetings meetings;
    @Autowired PlatformTransactionManager transactionManager;

    TransactionTemplate tx;
    UUID event;
    /** A participant holding two locked meetings, and one holding none. */
    UUID twoLocked;
    UUID noneLocked;

    @BeforeAll
    void bigEvent() {
        tx = new TransactionTemplate(transactionManager);
        var fixtures = new ForumFixtures(directory, engagements, events, registrations);
        var engagement = fixtures.forumEngagement("Locked cost");
        int tables = Math.max(1, PARTICIPANTS * 3 / 10);
        event = ViewerContext.call(ForumFixtures.SYSTEM, () -> events.create(engagement, new EventDraft("Locked cost", "Asia/Shanghai",
                new SlotPlan(List.of(LocalDate.of(2031, 5, 20), LocalDate.of(2031, 5, 21)), LocalTime.of(9, 0), LocalTime.of(13, 0), 30),
                tables, null, null, null, Map.of()), true)).id();
        ViewerContext.run(ForumFixtures.SYSTEM, () -> tx.executeWithoutResult(status -> {
            var e = brokerageEvents.findById(event).orElseThrow();
            var codes = e.getSlots().stream().map(SlotRow::code).toList();
            var random = new Random(7);
            var people = new ArrayList<ForumParticipant>();
            for (int i = 0; i < PARTICIPANTS; i++) {
                people.add(samples.sampleParticipant(e, null, "Cost org " + i, "Cost delegate " + i, new ParticipantDraft(null,
                        null, null, ParticipantType.COMPANY, null, "en", null, null, null, null, List.of())));
            }
            var busy = new HashSet<String>();
            var used = new HashMap<String, Integer>();
            var pairs = new HashSet<Set<UUID>>();
            var made = new ArrayList<ForumMeeting>();
            var at = Instant.parse("2031-01-01T00:00:00Z");
            while (made.size() < PARTICIPANTS * 8) {
                var a = people.get(random.nextInt(PARTICIPANTS));
                var b = people.get(random.nextInt(PARTICIPANTS));
                if (a == b || !pairs.add(Set.of(a.getId(), b.getId()))) {
                    continue;
                }
                var m = new ForumMeeting(event, List.of(a, b), null, ForumMeeting.Status.ACCEPTED, at.plusNanos(1000L * made.size()));
                int first = random.nextInt(codes.size());
                for (int k = 0; k < codes.size(); k++) {
                    String slot = codes.get((first + k) % codes.size());
                    if (used.getOrDefault(slot, 0) < tables && !busy.contains(a.getId() + slot) && !busy.contains(b.getId() + slot)) {
                        busy.add(a.getId() + slot);
                        busy.add(b.getId() + slot);
                        m.place(slot, "T-" + used.merge(slot, 1, Integer::sum));
                        var holder = people.getFirst().getId();
                        boolean holds = m.participants().contains(holder);
                        if (holds ? made.stream().filter(x -> x.isLocked() && x.participants().contains(holder)).count() < 2
                                : made.size() % 40 == 0) {
                            m.lock(true);
                        }
                        break;
                    }
                }
                made.add(m);
            }
            samples.saveSamples(event, people, made);
            twoLocked = people.getFirst().getId();
            noneLocked = people.stream().map(ForumParticipant::getId)
                    .filter(id -> made.stream().noneMatch(m -> m.isLocked() && m.participants().contains(id))).findFirst().orElseThrow();
        }));
        long held = ViewerContext.call(ForumFixtures.SYSTEM, () -> inTransaction(() -> meetings
                .findByEventAndLockedTrueOrderByCreatedAtAscIdAsc(event).stream().filter(m -> m.participants().contains(twoLocked)).count()));
        assertThat(held).isEqualTo(2L);
    }

    @Test
    void theLockedOnlyCheckDecidesAsTheWholeEventsCheckAndCostsLess() {
        ViewerContext.run(ForumFixtures.SYSTEM, () -> {
            // as the event stands, and with edits that break a locked meeting (in transactions rolled back)
            assertThat(fullReason(event)).isNull();
            assertThat(inTransaction(() -> locked.placeable(brokerageEvents.findById(event).orElseThrow()))).isTrue();
            for (var cap : List.of(1, 2, 3)) {
                var verdicts = rolledBack(() -> {
                    var e = brokerageEvents.findById(event).orElseThrow();
                    e.configure(new EventDraft("Locked cost", "Asia/Shanghai", new SlotPlan(List.of(LocalDate.of(2031, 5, 20),
                            LocalDate.of(2031, 5, 21)), LocalTime.of(9, 0), LocalTime.of(13, 0), 30), e.getSharedTables(),
                            null, null, cap, Map.of()));
                    return Arrays.asList(fullReason(e), locked.placeable(e) ? null : "refused",
                            locked.placeable(e, twoLocked) ? null : "refused");
                });
                assertThat(verdicts.get(1) == null).as("cap %s: %s", cap, verdicts).isEqualTo(verdicts.get(0) == null);
                assertThat(verdicts.get(2) == null).as("cap %s: %s", cap, verdicts).isEqualTo(cap >= 2);
                if (cap == 1) {
                    assertThat(verdicts.get(0)).isNotNull();
                }
            }
            var tablesGone = rolledBack(() -> {
                var e = brokerageEvents.findById(event).orElseThrow();
                e.configure(new EventDraft("Locked cost", "Asia/Shanghai", new SlotPlan(List.of(LocalDate.of(2031, 5, 20),
                        LocalDate.of(2031, 5, 21)), LocalTime.of(9, 0), LocalTime.of(13, 0), 30), 0, null, null, null, Map.of()));
                return Arrays.asList(fullReason(e), locked.placeable(e) ? null : "refused");
            });
            assertThat(tablesGone).doesNotContainNull();

            // the same through the services: refused with 422's code, nothing saved; a cap the locked meetings fit is saved
            var version = events.read(event).version();
            assertThatThrownBy(() -> events.update(event, version, draft(1, Map.of())))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("forum.locked-conflict"));
            assertThat(events.read(event).maxMeetings()).isNull();
            events.update(event, version, draft(null, Map.of(ParticipantType.INVESTOR, 1)));
            var holder = registrations.readParticipant(twoLocked);
            assertThatThrownBy(() -> registrations.update(twoLocked, holder.version(), investor(holder.personName())))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("forum.locked-conflict"));
            assertThat(registrations.readParticipant(twoLocked).type()).isEqualTo(ParticipantType.COMPANY);
            var free = registrations.readParticipant(noneLocked);
            assertThat(registrations.update(noneLocked, free.version(), investor(free.personName())).type())
                    .isEqualTo(ParticipantType.INVESTOR);

            // the cost, in the same run: each check in its own transaction, median of 7 after 2 warm-ups
            long whole = median(() -> fullReason(event));
            long lockedOnly = median(() -> locked.placeable(brokerageEvents.findById(event).orElseThrow()));
            long participant = median(() -> locked.placeable(brokerageEvents.findById(event).orElseThrow(), twoLocked));
            long edit = median(() -> events.update(event, events.read(event).version(), draft(null, Map.of(ParticipantType.INVESTOR, 1))));
            System.out.printf("LockedPlacements cost (%d participants, %d meetings, %d locked; load %s): whole event %.1f ms,"
                    + " locked only %.1f ms (%.0fx less), one participant's %.1f ms; event edit end to end %.1f ms%n",
                    PARTICIPANTS, PARTICIPANTS * 8, inTransaction(() -> meetings.findByEventAndLockedTrueOrderByCreatedAtAscIdAsc(event).size()),
                    loadAverage(), whole / 1e6, lockedOnly / 1e6, (double) whole / Math.max(1, lockedOnly), participant / 1e6, edit / 1e6);
            assertThat(lockedOnly).isPositive();
        });
    }

    EventDraft draft(@Nullable Integer cap, Map<ParticipantType, Integer> typeCaps) {
        return new EventDraft("Locked cost", "Asia/Shanghai", new SlotPlan(List.of(LocalDate.of(2031, 5, 20), LocalDate.of(2031, 5, 21)),
                LocalTime.of(9, 0), LocalTime.of(13, 0), 30), Math.max(1, PARTICIPANTS * 3 / 10), null, null, cap, typeCaps);
    }

    static ParticipantDraft investor(String name) {
        return new ParticipantDraft(null, null, name, ParticipantType.INVESTOR, null, "en", null, null, null, null, List.of());
    }

    /** The check as it was: the instance of the whole event, every participant and meeting. */
    @Nullable String fullReason(UUID id) {
        return tx.execute(status -> fullReason(brokerageEvents.findById(id).orElseThrow()));
    }

    @Nullable String fullReason(BrokerageEvent e) {
        try {
            InstanceCheck.check(PlanningProblems.of(e, participants.findByEventOrderByOrganizationNameAscPersonNameAsc(e.getId()),
                    meetings.findByEventOrderByCreatedAtAscIdAsc(e.getId()), List.of()));
            return null;
        } catch (InvalidInstanceException x) {
            return x.getMessage();
        }
    }

    <T> T inTransaction(Supplier<T> work) {
        return Objects.requireNonNull(tx.execute(status -> work.get()));
    }

    <T> T rolledBack(Supplier<T> work) {
        return Objects.requireNonNull(tx.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        }));
    }

    long median(Runnable work) {
        var times = new long[9];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            tx.executeWithoutResult(status -> work.run());
            times[i] = System.nanoTime() - start;
        }
        var measured = Arrays.copyOfRange(times, 2, times.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
