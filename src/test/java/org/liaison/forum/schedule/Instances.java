package org.liaison.forum.schedule;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Small instances for the scheduler's tests: hand-made ones and seeded random ones. */
final class Instances {

    private Instances() {}

    static List<Slot> slots(int days, int perDay) {
        List<Slot> slots = new ArrayList<>();
        OffsetDateTime first = OffsetDateTime.of(2012, 4, 26, 9, 0, 0, 0, ZoneOffset.ofHours(9));
        for (int d = 1; d <= days; d++) {
            for (int k = 0; k < perDay; k++) {
                slots.add(new Slot("d" + d + "-" + k, d, first.plusDays(d - 1).plusMinutes(20L * k), 20));
            }
        }
        return slots;
    }

    static List<String> ids(List<Slot> slots) {
        return slots.stream().map(Slot::id).toList();
    }

    static Participant participant(String id, List<String> available) {
        return new Participant(id, "o-" + id, available, null, null);
    }

    static Meeting meeting(String id, String... participants) {
        return new Meeting(id, List.of(participants), 1);
    }

    /**
     * A random instance with everything the contract allows: days, unavailable slots, booths
     * (two participants may even share none), caps, group meetings, weights, few tables, locked
     * meetings taken from a valid greedy schedule, and a previous schedule.
     */
    static Instance random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int days = 1 + random.nextInt(2);
        List<Slot> slots = slots(days, 2 + random.nextInt(5));
        int n = 4 + random.nextInt(30);
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> available = new ArrayList<>();
            for (Slot slot : slots) {
                if (random.nextDouble() < 0.75) {
                    available.add(slot.id());
                }
            }
            String booth = random.nextDouble() < 0.15 ? "B-" + i : null;
            Integer cap = random.nextDouble() < 0.2 ? random.nextInt(4) : null;
            participants.add(new Participant("p" + i, "o" + i / 2, available, booth, cap));
        }
        List<Meeting> meetings = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        int wanted = n + random.nextInt(4 * n);
        for (int k = 0; k < wanted; k++) {
            int size = random.nextDouble() < 0.1 ? 3 : 2;
            Set<Integer> members = new java.util.LinkedHashSet<>();
            while (members.size() < size) {
                members.add(random.nextInt(n));
            }
            if (pairs.add(members.toString())) {
                meetings.add(new Meeting("m" + k, members.stream().map(i -> "p" + i).toList(), 1 + random.nextInt(3)));
            }
        }
        int tables = random.nextInt(Math.max(1, n / 3));
        Instance plain = new Instance(slots, tables, participants, meetings, List.of(), List.of());
        Schedule first = Scheduler.greedy(plain);
        List<Placement> locked = first.assignments().stream().filter(a -> random.nextDouble() < 0.2).toList();
        List<Placement> previous = first.assignments().stream().filter(a -> random.nextDouble() < 0.7).toList();
        return new Instance(slots, tables, participants, meetings, locked, previous);
    }
}
