package org.liaison.bench.forum;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.liaison.forum.schedule.Instance;
import org.liaison.forum.schedule.Meeting;
import org.liaison.forum.schedule.Participant;
import org.liaison.forum.schedule.Slot;

/**
 * Seeded forum instances as issue 9 describes them: 16 slots over two days, about 20% of slots
 * unavailable, 15% of participants there on one day only, 5% booth holders, popularity skewed
 * (Zipf-like for the requested side), 3% group meetings of three, weights 1 (75%), 2 (20%) or
 * 3 (5%), 10% of participants capped at 4-10 meetings, and shared tables 0.30 (or, tight, 0.08)
 * times the participants.
 */
public final class Generator {

    public record Size(String name, int participants, int meetings) {}

    public static final Size M = new Size("M", 500, 4_000);
    public static final Size L = new Size("L", 2_000, 16_000);
    public static final Size XL = new Size("XL", 5_000, 40_000);

    private Generator() {}

    public static Instance generate(Size size, boolean tight, long seed) {
        return generate(size.participants(), size.meetings(), tight ? 0.08 : 0.30, seed);
    }

    public static Instance generate(int n, int meetingCount, double tableFactor, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int days = 2;
        int perDay = 8;
        List<Slot> slots = new ArrayList<>();
        OffsetDateTime first = OffsetDateTime.of(2012, 4, 26, 9, 0, 0, 0, ZoneOffset.ofHours(3));
        for (int d = 0; d < days; d++) {
            for (int k = 0; k < perDay; k++) {
                OffsetDateTime start = first.plusDays(d).plusMinutes(30L * k);
                slots.add(new Slot(String.format("d%d-%02d%02d", d + 1, start.getHour(), start.getMinute()), d + 1, start, 20));
            }
        }
        List<Participant> participants = new ArrayList<>();
        int organization = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || random.nextDouble() < 0.6) {
                organization++;
            }
            int onlyDay = random.nextDouble() < 0.15 ? random.nextInt(days) : -1;
            List<String> available = new ArrayList<>();
            for (int s = 0; s < slots.size(); s++) {
                int day = s / perDay;
                if ((onlyDay < 0 || onlyDay == day) && random.nextDouble() >= 0.20) {
                    available.add(slots.get(s).id());
                }
            }
            String booth = random.nextDouble() < 0.05 ? "B-" + (i + 1) : null;
            Integer cap = random.nextDouble() < 0.10 ? 4 + random.nextInt(7) : null;
            participants.add(new Participant("p" + (i + 1), "o" + organization, available, booth, cap));
        }
        // popularity: a random order, weight 1 / rank^0.9 for the requested side
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rank[i];
            rank[i] = rank[j];
            rank[j] = t;
        }
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, 0.9);
            cumulative[i] = sum;
        }
        List<Meeting> meetings = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        int attempts = 0;
        while (meetings.size() < meetingCount && attempts++ < meetingCount * 50) {
            int size = random.nextDouble() < 0.03 ? 3 : 2;
            List<Integer> members = new ArrayList<>();
            members.add(random.nextInt(n)); // the requester: uniform
            while (members.size() < size) {
                double x = random.nextDouble() * sum;
                int lo = 0;
                int hi = n - 1;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (cumulative[mid] < x) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                int candidate = rank[lo];
                boolean clash = false;
                for (int other : members) {
                    clash |= other == candidate || participants.get(other).organization().equals(participants.get(candidate).organization());
                }
                if (clash) {
                    break;
                }
                members.add(candidate);
            }
            if (members.size() < size) {
                continue;
            }
            String key = members.stream().sorted().map(String::valueOf).reduce((a, b) -> a + "-" + b).orElseThrow();
            if (!pairs.add(key)) {
                continue;
            }
            double w = random.nextDouble();
            int weight = w < 0.75 ? 1 : w < 0.95 ? 2 : 3;
            meetings.add(new Meeting("m" + (meetings.size() + 1), members.stream().map(i -> "p" + (i + 1)).toList(), weight));
        }
        return new Instance(slots, (int) Math.round(tableFactor * n), participants, meetings, List.of(), List.of());
    }
}
