package org.liaison.bench.forum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.forum.schedule.Instance;
import org.liaison.forum.schedule.Meeting;
import org.liaison.forum.schedule.Participant;

/**
 * Makes a peer's slot choices valid before they are compared: keeps meetings heaviest first while
 * they break no hard rule (participant twice in a slot, tables, caps, availability) and drops the
 * rest. The number dropped is reported; for a solver that ended feasible it is 0.
 */
final class Repair {

    record Result(Map<String, String> slots, int dropped) {}

    private Repair() {}

    static Result of(Instance instance, Map<String, String> chosen) {
        Map<String, Participant> participants = new HashMap<>();
        instance.participants().forEach(p -> participants.put(p.id(), p));
        Set<String> lockedIds = new HashSet<>();
        instance.locked().forEach(l -> lockedIds.add(l.meeting()));
        List<Meeting> order = new ArrayList<>(instance.meetings());
        order.sort(Comparator.comparing((Meeting m) -> !lockedIds.contains(m.id())).thenComparing(Meeting::weight, Comparator.reverseOrder()));
        Set<String> busy = new HashSet<>();
        Map<String, Integer> shared = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, String> kept = new HashMap<>();
        int dropped = 0;
        for (Meeting m : order) {
            String s = chosen.get(m.id());
            if (s == null) {
                continue;
            }
            boolean ok = true;
            boolean booth = false;
            for (String p : m.participants()) {
                Participant x = participants.get(p);
                ok &= x.available().contains(s) && !busy.contains(p + "@" + s)
                        && (x.maxMeetings() == null || count.getOrDefault(p, 0) < x.maxMeetings());
                booth |= x.booth() != null;
            }
            ok &= booth || shared.getOrDefault(s, 0) < instance.sharedTables();
            if (!ok) {
                dropped++;
                continue;
            }
            kept.put(m.id(), s);
            for (String p : m.participants()) {
                busy.add(p + "@" + s);
                count.merge(p, 1, Integer::sum);
            }
            if (!booth) {
                shared.merge(s, 1, Integer::sum);
            }
        }
        return new Result(kept, dropped);
    }
}
