package org.liaison.forum.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.liaison.forum.schedule.Instance;
import org.liaison.forum.schedule.Placement;
import org.liaison.forum.schedule.Progress;
import org.liaison.forum.schedule.Schedule;
import org.liaison.forum.schedule.Scheduler;
import org.liaison.forum.schedule.Stats;
import org.liaison.forum.schedule.Validator;
import org.springframework.stereotype.Component;

/**
 * The forum's door to the scheduler core ({@code org.liaison.forum.schedule}): runs it for the
 * background jobs and checks the organiser's edits by hand with its {@link Validator}.
 */
@Component
class MeetingSolver {

    Schedule solve(Instance instance, Duration limit, long seed, Progress progress) {
        return Scheduler.solve(instance, limit, seed, progress);
    }

    /**
     * The first hard rule that {@code placements} break (meetings not among them count as
     * unscheduled), as the rule's number and the validator's line.
     */
    Optional<Broken> check(Instance instance, List<Placement> placements) {
        Set<String> placed = placements.stream().map(Placement::meeting).collect(Collectors.toSet());
        var unscheduled = new ArrayList<String>();
        instance.meetings().forEach(m -> {
            if (!placed.contains(m.id())) {
                unscheduled.add(m.id());
            }
        });
        var found = Validator.violations(instance, new Schedule(placements, unscheduled, new Stats(placements.size(), 0, 0, 0)));
        return found.stream().findFirst().map(line -> {
            var matcher = java.util.regex.Pattern.compile("^rule (\\d):").matcher(line);
            return new Broken(matcher.find() ? "rule-" + matcher.group(1) : "invalid", line);
        });
    }

    record Broken(String rule, String message) {}
}
