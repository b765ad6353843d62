package org.liaison.forum.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liaison.forum.internal.Planning.Person;
import org.liaison.forum.internal.Planning.Placement;
import org.liaison.forum.internal.Planning.Problem;

/**
 * The contract's hard rules for a set of placements, checked in memory: used for the organiser's
 * edits by hand before they are saved. Answers the first broken rule as a message code of the
 * forum bundle ({@code error.forum.<code>}) with the names it concerns.
 */
public final class HardRules {

    public record Violation(String code, String message) {}

    private HardRules() {}

    /** The table a meeting uses: the first booth holder's booth, otherwise a shared table. */
    public static Optional<String> booth(List<String> participants, Map<String, Person> people) {
        return participants.stream().map(people::get).filter(p -> p != null && p.booth() != null)
                .map(Person::booth).findFirst();
    }

    public static Optional<Violation> check(Problem problem, List<Placement> placements) {
        Map<String, Person> people = problem.participants().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        var meetings = problem.meetings().stream().collect(Collectors.toMap(Planning.Meeting::id, Function.identity()));
        var slots = problem.slots().stream().map(Planning.Slot::id).collect(Collectors.toSet());
        var busy = new HashSet<String>();
        var tables = new HashSet<String>();
        var counts = new HashMap<String, Integer>();
        var lockedAt = problem.locked().stream().collect(Collectors.toMap(Placement::meeting, Function.identity()));
        var placed = new HashSet<String>();
        for (var placement : placements) {
            var meeting = meetings.get(placement.meeting());
            if (meeting == null || !placed.add(placement.meeting())) {
                return Optional.of(new Violation("unknown-meeting", "Unknown or repeated meeting " + placement.meeting()));
            }
            if (!slots.contains(placement.slot())) {
                return Optional.of(new Violation("unknown-slot", "No slot " + placement.slot()));
            }
            for (String who : meeting.participants()) {
                var person = people.get(who);
                if (person == null || !person.available().contains(placement.slot())) {
                    return Optional.of(new Violation("unavailable", "A participant is not available in " + placement.slot()));
                }
                if (!busy.add(who + "@" + placement.slot())) {
                    return Optional.of(new Violation("double-booked", "A participant has two meetings in " + placement.slot()));
                }
                int count = counts.merge(who, 1, Integer::sum);
                if (person.maxMeetings() != null && count > person.maxMeetings()) {
                    return Optional.of(new Violation("over-cap", "A participant has more meetings than its cap"));
                }
            }
            var booth = booth(meeting.participants(), people);
            if (booth.isPresent()) {
                if (!booth.get().equals(placement.table())) {
                    return Optional.of(new Violation("wrong-table", "The meeting belongs at booth " + booth.get()));
                }
            } else if (!sharedTable(placement.table(), problem.sharedTables())) {
                return Optional.of(new Violation("unknown-table", "No shared table " + placement.table()));
            } else if (!tables.add(placement.table() + "@" + placement.slot())) {
                return Optional.of(new Violation("table-taken", "Table " + placement.table() + " is taken in " + placement.slot()));
            }
            var lock = lockedAt.get(placement.meeting());
            if (lock != null && !lock.equals(placement)) {
                return Optional.of(new Violation("locked", "A locked meeting keeps its slot and table"));
            }
        }
        Set<String> missingLocked = new HashSet<>(lockedAt.keySet());
        missingLocked.removeAll(placed);
        if (!missingLocked.isEmpty()) {
            return Optional.of(new Violation("locked", "A locked meeting keeps its slot and table"));
        }
        return Optional.empty();
    }

    static boolean sharedTable(String table, int sharedTables) {
        if (!table.startsWith("T-")) {
            return false;
        }
        try {
            int n = Integer.parseInt(table.substring(2));
            return n >= 1 && n <= sharedTables;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
