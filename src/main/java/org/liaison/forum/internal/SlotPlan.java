package org.liaison.forum.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.liaison.shared.RuleViolationException;

/**
 * How slots are generated: on each of {@code days}, from {@code start} while a slot of
 * {@code minutes} still ends by {@code end}. Codes are "d&lt;day&gt;-&lt;HHmm&gt;", e.g. {@code d1-0900}.
 */
public record SlotPlan(List<LocalDate> days, LocalTime start, LocalTime end, int minutes) {

    static final int MAX_SLOTS = 500;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    public SlotPlan {
        days = List.copyOf(days.stream().distinct().sorted().toList());
        if (days.isEmpty()) {
            throw new RuleViolationException("forum.no-days", "Name at least one day");
        }
        if (minutes < 5 || minutes > 240) {
            throw new RuleViolationException("forum.slot-length", "A slot lasts 5 to 240 minutes");
        }
        if (!end.isAfter(start)) {
            throw new RuleViolationException("forum.slot-window", "The day's end must be after its start");
        }
        if ((long) days.size() * (java.time.Duration.between(start, end).toMinutes() / minutes) > MAX_SLOTS) {
            throw new RuleViolationException("forum.too-many-slots", "At most " + MAX_SLOTS + " slots");
        }
    }

    /** The slot codes in time order. */
    public List<String> generate(ZoneId zone) {
        return rows(zone).stream().map(SlotRow::code).toList();
    }

    List<SlotRow> rows(ZoneId zone) {
        var rows = new ArrayList<SlotRow>();
        for (int d = 0; d < days.size(); d++) {
            for (var at = start; !at.plusMinutes(minutes).isAfter(end) && !at.plusMinutes(minutes).isBefore(at);
                    at = at.plusMinutes(minutes)) {
                rows.add(new SlotRow("d" + (d + 1) + "-" + at.format(HHMM), d + 1,
                        days.get(d).atTime(at).atZone(zone).toInstant(), minutes));
                if (at.plusMinutes(minutes).equals(LocalTime.MIDNIGHT)) {
                    break;
                }
            }
        }
        return rows;
    }
}
