package org.liaison.forum.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a schedule against its instance: every meeting exactly once, known slots, the right
 * table (the first booth holder's booth, else a shared table {@code T-1} ... {@code T-n}) and the
 * contract's five hard rules. Each broken rule is one line, prefixed with its rule number.
 */
public final class Validator {

    private Validator() {}

    public static List<String> violations(Instance instance, Schedule schedule) {
        Model model;
        try {
            model = InstanceCheck.model(instance);
        } catch (InvalidInstanceException e) {
            return List.of(e.getMessage());
        }
        List<String> found = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int[] slotOf = new int[model.meetings];
        String[] tableOf = new String[model.meetings];
        java.util.Arrays.fill(slotOf, -1);
        for (Placement placement : schedule.assignments()) {
            Integer m = model.meetingIndex.get(placement.meeting());
            if (m == null) {
                found.add("unknown meeting \"" + placement.meeting() + "\" is assigned");
                continue;
            }
            seen.merge(placement.meeting(), 1, Integer::sum);
            Integer s = model.slotIndex.get(placement.slot());
            if (s == null) {
                found.add("meeting \"" + placement.meeting() + "\" is in unknown slot \"" + placement.slot() + "\"");
                continue;
            }
            slotOf[m] = s;
            tableOf[m] = placement.table();
        }
        for (String id : schedule.unscheduled()) {
            if (!model.meetingIndex.containsKey(id)) {
                found.add("unknown meeting \"" + id + "\" is unscheduled");
            } else {
                seen.merge(id, 1, Integer::sum);
            }
        }
        for (Meeting meeting : instance.meetings()) {
            int times = seen.getOrDefault(meeting.id(), 0);
            if (times != 1) {
                found.add("meeting \"" + meeting.id() + "\" appears " + times + " times; every meeting appears exactly once");
            }
        }
        Map<String, String> inSlot = new HashMap<>();
        int[] sharedUse = new int[model.slots];
        Set<String> tables = new HashSet<>();
        int[] count = new int[model.participants];
        for (int m = 0; m < model.meetings; m++) {
            int s = slotOf[m];
            String id = instance.meetings().get(m).id();
            if (model.lockedSlot[m] >= 0 && (s != model.lockedSlot[m] || !model.lockedTable[m].equals(tableOf[m]))) {
                found.add("rule 4: locked meeting \"" + id + "\" is not at slot \"" + model.slotId[model.lockedSlot[m]]
                        + "\", table \"" + model.lockedTable[m] + "\"");
            }
            if (s < 0) {
                continue;
            }
            String slot = model.slotId[s];
            for (int p : model.members[m]) {
                String participant = instance.participants().get(p).id();
                if (!model.available[p][s]) {
                    found.add("rule 1: meeting \"" + id + "\" is in slot \"" + slot + "\" where participant \"" + participant
                            + "\" is not available");
                }
                String other = inSlot.put(p + "@" + s, id);
                if (other != null) {
                    found.add("rule 2: participant \"" + participant + "\" is in meetings \"" + other + "\" and \"" + id
                            + "\" in slot \"" + slot + "\"");
                }
                count[p]++;
            }
            if (model.booth[m] != null) {
                if (!model.booth[m].equals(tableOf[m])) {
                    found.add("rule 3: meeting \"" + id + "\" is at \"" + tableOf[m] + "\" instead of booth \"" + model.booth[m] + "\"");
                }
            } else {
                int number = Model.tableNumber(tableOf[m]);
                if (number < 1 || number > model.tables) {
                    found.add("rule 3: meeting \"" + id + "\" is at \"" + tableOf[m] + "\", not a shared table T-1 ... T-"
                            + model.tables);
                } else if (!tables.add(number + "@" + s)) {
                    found.add("rule 3: table \"" + tableOf[m] + "\" is used twice in slot \"" + slot + "\"");
                }
                if (++sharedUse[s] == model.tables + 1) {
                    found.add("rule 3: more than " + model.tables + " meetings use shared tables in slot \"" + slot + "\"");
                }
            }
        }
        for (int p = 0; p < model.participants; p++) {
            if (count[p] > model.cap[p]) {
                found.add("rule 5: participant \"" + instance.participants().get(p).id() + "\" has " + count[p]
                        + " meetings, more than its maxMeetings " + model.cap[p]);
            }
        }
        return found;
    }
}
