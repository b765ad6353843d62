package org.liaison.forum.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How an event's slot codes follow its slots when the plan changes. Codes name a slot by day
 * number and time ("d1-0900" is the first day's 09:00), so removing the first day, adding an earlier
 * one or shifting the times gives the same code to another moment. What was placed, published or
 * marked unavailable in a slot belongs to its moment: it takes the code of the new slot starting at
 * the same moment, or has no slot any more when no new slot starts then. The moment is the event's
 * wall-clock date and time, as the organiser sets slots and as participants read their agendas: with
 * the same time zone that is the same instant; an organiser correcting the event's zone keeps the
 * schedule at its times of day (participants were told "09:00", and it stays 09:00 where the forum is).
 */
final class SlotMoves {

    static final SlotMoves NONE = new SlotMoves(Map.of(), false);

    private final Map<String, String> codes;
    private final boolean changed;

    private SlotMoves(Map<String, String> codes, boolean changed) {
        this.codes = Map.copyOf(codes);
        this.changed = changed;
    }

    /**
     * The moves from the slots {@code before} (in the event's zone {@code zoneBefore}) to the slots
     * {@code after} (in {@code zoneAfter}), matched by their wall-clock start in their own zone.
     */
    static SlotMoves between(List<SlotRow> before, ZoneId zoneBefore, List<SlotRow> after, ZoneId zoneAfter) {
        var byStart = new HashMap<LocalDateTime, String>();
        after.forEach(s -> byStart.put(LocalDateTime.ofInstant(s.startsAt(), zoneAfter), s.code()));
        var codes = new HashMap<String, String>();
        boolean changed = before.size() != after.size() || !zoneBefore.equals(zoneAfter);
        for (var s : before) {
            String code = byStart.get(LocalDateTime.ofInstant(s.startsAt(), zoneBefore));
            if (code != null) {
                codes.put(s.code(), code);
            }
            changed |= !s.code().equals(code);
        }
        return new SlotMoves(codes, changed);
    }

    /** Whether any code now names another moment, or any slot is gone. */
    boolean changed() {
        return changed;
    }

    /**
     * The code the slot {@code code} has now, or null when no slot starts at its moment any more (a
     * code that named no slot before names none now either).
     */
    @Nullable String code(@Nullable String code) {
        return !changed ? code : code == null ? null : codes.get(code);
    }

    /** The codes that still exist, renamed; those whose moment is gone are left out. */
    Set<String> codes(Collection<String> before) {
        var now = new LinkedHashSet<String>();
        for (String code : before) {
            String moved = code(code);
            if (moved != null) {
                now.add(moved);
            }
        }
        return now;
    }
}
