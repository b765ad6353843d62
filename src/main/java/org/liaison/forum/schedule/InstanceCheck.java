package org.liaison.forum.schedule;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks an instance before scheduling and names the first problem: blank or duplicate ids,
 * references to unknown slots, participants or meetings, meetings with fewer than two distinct
 * participants or a weight below 1, slots out of time order, negative tables or caps, and locked
 * meetings that break a hard rule themselves (they cannot be moved, so no schedule could be valid).
 * An empty availability list is fine. Previous placements of meetings no longer in the instance
 * (cancelled since) are ignored.
 */
public final class InstanceCheck {

    private InstanceCheck() {}

    public static void check(Instance instance) {
        model(instance);
    }

    /** Checks the instance and returns it as arrays for the solver and the validator. */
    static Model model(Instance instance) {
        if (instance == null) {
            throw fail("the instance is empty");
        }
        if (instance.sharedTables() < 0) {
            throw fail("sharedTables is negative: " + instance.sharedTables());
        }
        Map<String, Slot> slots = new HashMap<>();
        Slot before = null;
        for (Slot slot : instance.slots()) {
            if (slot == null || blank(slot.id())) {
                throw fail("a slot has no id");
            }
            if (slots.put(slot.id(), slot) != null) {
                throw fail("duplicate slot id \"" + slot.id() + "\"");
            }
            if (slot.start() == null) {
                throw fail("slot \"" + slot.id() + "\" has no start");
            }
            if (slot.minutes() <= 0) {
                throw fail("slot \"" + slot.id() + "\" lasts " + slot.minutes() + " minutes");
            }
            if (before != null && (slot.start().isBefore(before.start()) || slot.day() < before.day())) {
                throw fail("slot \"" + slot.id() + "\" comes before slot \"" + before.id() + "\": slots must be in time order");
            }
            before = slot;
        }
        Map<String, Participant> participants = new HashMap<>();
        for (Participant participant : instance.participants()) {
            if (participant == null || blank(participant.id())) {
                throw fail("a participant has no id");
            }
            if (participants.put(participant.id(), participant) != null) {
                throw fail("duplicate participant id \"" + participant.id() + "\"");
            }
            for (String slot : participant.available()) {
                if (!slots.containsKey(slot)) {
                    throw fail("participant \"" + participant.id() + "\" is available in unknown slot \"" + slot + "\"");
                }
            }
            if (participant.maxMeetings() != null && participant.maxMeetings() < 0) {
                throw fail("participant \"" + participant.id() + "\" has a negative maxMeetings");
            }
            if (participant.booth() != null && (participant.booth().isBlank() || Model.tableNumber(participant.booth()) > 0)) {
                throw fail("participant \"" + participant.id() + "\" has booth \"" + participant.booth()
                        + "\": booths need a name that is not blank and not a shared table's (T-n)");
            }
        }
        Map<String, Meeting> meetings = new HashMap<>();
        for (Meeting meeting : instance.meetings()) {
            if (meeting == null || blank(meeting.id())) {
                throw fail("a meeting has no id");
            }
            if (meetings.put(meeting.id(), meeting) != null) {
                throw fail("duplicate meeting id \"" + meeting.id() + "\"");
            }
            Set<String> seen = new HashSet<>();
            for (String participant : meeting.participants()) {
                if (!participants.containsKey(participant)) {
                    throw fail("meeting \"" + meeting.id() + "\" has unknown participant \"" + participant + "\"");
                }
                if (!seen.add(participant)) {
                    throw fail("meeting \"" + meeting.id() + "\" lists participant \"" + participant + "\" twice");
                }
            }
            if (seen.size() < 2) {
                throw fail("meeting \"" + meeting.id() + "\" has fewer than two participants");
            }
            if (meeting.weight() < 1) {
                throw fail("meeting \"" + meeting.id() + "\" has weight " + meeting.weight() + "; weights are 1 or more");
            }
        }
        Set<String> locked = new HashSet<>();
        for (Placement placement : instance.locked()) {
            if (placement == null || !meetings.containsKey(placement.meeting())) {
                throw fail("locked placement of unknown meeting \"" + (placement == null ? null : placement.meeting()) + "\"");
            }
            if (!slots.containsKey(placement.slot())) {
                throw fail("locked meeting \"" + placement.meeting() + "\" is in unknown slot \"" + placement.slot() + "\"");
            }
            if (!locked.add(placement.meeting())) {
                throw fail("meeting \"" + placement.meeting() + "\" is locked twice");
            }
        }
        Model model = new Model(instance);
        checkLocked(model);
        return model;
    }

    /** Locked meetings must satisfy the hard rules among themselves: nothing can move them. */
    private static void checkLocked(Model model) {
        Set<String> busy = new HashSet<>();
        Set<String> tables = new HashSet<>();
        int[] count = new int[model.participants];
        for (int m = 0; m < model.meetings; m++) {
            int s = model.lockedSlot[m];
            if (s < 0) {
                continue;
            }
            String id = model.instance.meetings().get(m).id();
            String slot = model.slotId[s];
            String table = model.lockedTable[m];
            for (int p : model.members[m]) {
                String participant = model.instance.participants().get(p).id();
                if (!model.available[p][s]) {
                    throw fail("locked meeting \"" + id + "\" is in slot \"" + slot + "\" where participant \""
                            + participant + "\" is not available");
                }
                if (!busy.add(p + "@" + s)) {
                    throw fail("locked meetings put participant \"" + participant + "\" twice in slot \"" + slot + "\"");
                }
                if (++count[p] > model.cap[p]) {
                    throw fail("locked meetings give participant \"" + participant + "\" more than its maxMeetings");
                }
            }
            if (model.booth[m] != null) {
                if (!model.booth[m].equals(table)) {
                    throw fail("locked meeting \"" + id + "\" is at table \"" + table + "\" but belongs at booth \""
                            + model.booth[m] + "\"");
                }
            } else {
                int number = Model.tableNumber(table);
                if (number < 1 || number > model.tables) {
                    throw fail("locked meeting \"" + id + "\" is at table \"" + table + "\", not a shared table T-1 ... T-"
                            + model.tables);
                }
                if (!tables.add(number + "@" + s)) {
                    throw fail("locked meetings share table \"" + table + "\" in slot \"" + slot + "\"");
                }
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static InvalidInstanceException fail(String message) {
        return new InvalidInstanceException("invalid instance: " + message);
    }
}
