package org.liaison.forum.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An instance checked and turned into arrays: participants, slots and meetings by index. Built only
 * by {@link InstanceCheck}, which refuses what cannot be scheduled as given.
 */
final class Model {

    static final int NO_CAP = Integer.MAX_VALUE;

    final Instance instance;
    final int slots;
    final int participants;
    final int meetings;
    final int tables;
    final String[] slotId;
    final int[] day;
    final Map<String, Integer> slotIndex;
    final Map<String, Integer> meetingIndex;
    final boolean[][] available; // [participant][slot]
    final int[] cap;
    final int[][] members; // [meeting] participant indexes
    final int[] weight;
    /** The booth a meeting is held at, or null for a shared table. */
    final String[] booth;
    /** Slots every member of the meeting is available in. */
    final int[][] feasible;
    /** Meetings of each participant. */
    final int[][] meetingsOf;
    final int[] lockedSlot;
    final String[] lockedTable;
    final int[] previousSlot;
    final String[] previousTable;

    Model(Instance instance) {
        this.instance = instance;
        slots = instance.slots().size();
        participants = instance.participants().size();
        meetings = instance.meetings().size();
        tables = instance.sharedTables();
        slotId = new String[slots];
        day = new int[slots];
        slotIndex = new HashMap<>();
        for (int s = 0; s < slots; s++) {
            Slot slot = instance.slots().get(s);
            slotId[s] = slot.id();
            day[s] = slot.day();
            slotIndex.put(slot.id(), s);
        }
        Map<String, Integer> participantIndex = new HashMap<>();
        available = new boolean[participants][slots];
        cap = new int[participants];
        for (int p = 0; p < participants; p++) {
            Participant participant = instance.participants().get(p);
            participantIndex.put(participant.id(), p);
            for (String s : participant.available()) {
                available[p][slotIndex.get(s)] = true;
            }
            cap[p] = participant.maxMeetings() == null ? NO_CAP : participant.maxMeetings();
        }
        meetingIndex = new HashMap<>();
        members = new int[meetings][];
        weight = new int[meetings];
        booth = new String[meetings];
        feasible = new int[meetings][];
        int[] degree = new int[participants];
        int[] buffer = new int[slots];
        for (int m = 0; m < meetings; m++) {
            Meeting meeting = instance.meetings().get(m);
            meetingIndex.put(meeting.id(), m);
            members[m] = meeting.participants().stream().mapToInt(participantIndex::get).toArray();
            weight[m] = meeting.weight();
            for (int p : members[m]) {
                degree[p]++;
                if (booth[m] == null) {
                    booth[m] = instance.participants().get(p).booth();
                }
            }
            int n = 0;
            for (int s = 0; s < slots; s++) {
                boolean all = true;
                for (int p : members[m]) {
                    all &= available[p][s];
                }
                if (all) {
                    buffer[n++] = s;
                }
            }
            feasible[m] = Arrays.copyOf(buffer, n);
        }
        meetingsOf = new int[participants][];
        for (int p = 0; p < participants; p++) {
            meetingsOf[p] = new int[degree[p]];
            degree[p] = 0;
        }
        for (int m = 0; m < meetings; m++) {
            for (int p : members[m]) {
                meetingsOf[p][degree[p]++] = m;
            }
        }
        lockedSlot = new int[meetings];
        lockedTable = new String[meetings];
        previousSlot = new int[meetings];
        previousTable = new String[meetings];
        Arrays.fill(lockedSlot, -1);
        Arrays.fill(previousSlot, -1);
        for (Placement placement : instance.locked()) {
            int m = meetingIndex.get(placement.meeting());
            lockedSlot[m] = slotIndex.get(placement.slot());
            lockedTable[m] = placement.table();
        }
        for (Placement placement : instance.previous()) {
            Integer m = meetingIndex.get(placement.meeting());
            Integer s = placement.slot() == null ? null : slotIndex.get(placement.slot());
            if (m != null && s != null && previousSlot[m] < 0) {
                previousSlot[m] = s;
                previousTable[m] = placement.table();
            }
        }
    }

    boolean shared(int m) {
        return booth[m] == null;
    }

    static String table(int number) {
        return "T-" + number;
    }

    /** The shared table's number in {@code T-n}, or -1 when the name is not one. */
    static int tableNumber(String table) {
        if (table == null || !table.startsWith("T-")) {
            return -1;
        }
        try {
            return Integer.parseInt(table.substring(2));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Turns slot choices into placements with tables: locked meetings keep theirs, then meetings
     * keep their previous shared table when it is free, then the others take the lowest free table.
     */
    Schedule schedule(int[] slotOf, double seconds) {
        List<Placement> assignments = new ArrayList<>();
        List<String> unscheduled = new ArrayList<>();
        BitSet[] taken = new BitSet[slots];
        for (int s = 0; s < slots; s++) {
            taken[s] = new BitSet();
        }
        String[] table = new String[meetings];
        for (int pass = 0; pass < 3; pass++) {
            for (int m = 0; m < meetings; m++) {
                int s = slotOf[m];
                if (s < 0 || table[m] != null) {
                    continue;
                }
                if (booth[m] != null) {
                    table[m] = booth[m];
                } else if (pass == 0 && lockedSlot[m] == s) {
                    table[m] = lockedTable[m];
                    taken[s].set(tableNumber(lockedTable[m]));
                } else if (pass == 1 && previousSlot[m] == s) {
                    int number = tableNumber(previousTable[m]);
                    if (number >= 1 && number <= tables && !taken[s].get(number)) {
                        taken[s].set(number);
                        table[m] = previousTable[m];
                    }
                } else if (pass == 2) {
                    int number = taken[s].nextClearBit(1);
                    taken[s].set(number);
                    table[m] = table(number);
                }
            }
        }
        int scheduled = 0;
        long total = 0;
        int moved = 0;
        for (int m = 0; m < meetings; m++) {
            String id = instance.meetings().get(m).id();
            if (slotOf[m] >= 0) {
                assignments.add(new Placement(id, slotId[slotOf[m]], table[m]));
                scheduled++;
                total += weight[m];
            } else {
                unscheduled.add(id);
            }
            if (previousSlot[m] >= 0 && (slotOf[m] != previousSlot[m] || !table[m].equals(previousTable[m]))) {
                moved++;
            }
        }
        return new Schedule(assignments, unscheduled, new Stats(scheduled, total, seconds, moved));
    }
}
