package org.liaison.bench.forum;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.liaison.forum.schedule.Instance;
import org.liaison.forum.schedule.Meeting;
import org.liaison.forum.schedule.Participant;
import org.liaison.forum.schedule.Schedule;
import org.liaison.forum.schedule.Scheduler;

/**
 * Timefold Solver with a sensible model: one planning entity per meeting, its slot a planning
 * variable over the slots all its members can attend, unassigned allowed; hard constraints for a
 * participant twice in a slot, shared tables per slot and caps; soft: the weight left unscheduled.
 * Construction heuristic, then local search (late acceptance) over change, swap and
 * ruin-and-recreate moves. Single-threaded (multi-threaded solving is not in the community edition).
 */
public final class TimefoldPeer implements Peer {

    public String name() {
        return "timefold";
    }

    public Schedule solve(Instance instance, Duration limit, long seed) {
        long start = System.nanoTime();
        Map<String, Participant> participants = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < instance.participants().size(); p++) {
            Participant x = instance.participants().get(p);
            participants.put(x.id(), x);
            index.put(x.id(), p);
        }
        int slots = instance.slots().size();
        Context context = new Context();
        context.tables = instance.sharedTables();
        context.cap = instance.participants().stream().mapToInt(p -> p.maxMeetings() == null ? Integer.MAX_VALUE : p.maxMeetings()).toArray();
        Map<String, String> locked = new HashMap<>();
        instance.locked().forEach(l -> locked.put(l.meeting(), l.slot()));
        List<Slot> slotList = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            slotList.add(new Slot(s));
        }
        List<Entity> entities = new ArrayList<>();
        for (Meeting m : instance.meetings()) {
            Entity e = new Entity();
            e.id = m.id();
            e.weight = m.weight();
            e.slots = slots;
            e.members = m.participants().stream().map(index::get).toList();
            e.shared = m.participants().stream().allMatch(p -> participants.get(p).booth() == null);
            e.feasible = new ArrayList<>();
            for (int s = 0; s < slots; s++) {
                String id = instance.slots().get(s).id();
                if (m.participants().stream().allMatch(p -> participants.get(p).available().contains(id))) {
                    e.feasible.add(slotList.get(s));
                }
                if (id.equals(locked.get(m.id()))) {
                    e.slot = slotList.get(s);
                    e.pinned = true;
                }
            }
            entities.add(e);
        }
        Plan plan = new Plan();
        plan.meetings = entities;
        plan.context = context;
        long left = limit.toMillis() - (System.nanoTime() - start) / 1_000_000;
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Plan.class)
                .withEntityClasses(Entity.class)
                .withConstraintProviderClass(Constraints.class)
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMillis(Math.max(100, left))))
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                .withMoveSelectors(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(),
                                        new RuinRecreateMoveSelectorConfig())));
        Plan solved = SolverFactory.<Plan>create(config).buildSolver().solve(plan);
        Map<String, String> chosen = new HashMap<>();
        for (Entity e : solved.meetings) {
            if (e.slot != null) {
                chosen.put(e.id, instance.slots().get(e.slot.index).id());
            }
        }
        Repair.Result repaired = Repair.of(instance, chosen);
        return Scheduler.assemble(instance, repaired.slots(), (System.nanoTime() - start) / 1e9);
    }

    public static final class Slot {
        public final int index;

        public Slot(int index) {
            this.index = index;
        }

        @Override
        public String toString() {
            return "s" + index;
        }
    }

    public static final class Context {
        public int tables;
        public int[] cap;
    }

    @PlanningEntity
    public static final class Entity {
        public String id;
        public int weight;
        public int slots;
        public List<Integer> members;
        public boolean shared;
        public List<Slot> feasible;
        @PlanningPin
        public boolean pinned;
        @PlanningVariable(valueRangeProviderRefs = "feasible", allowsUnassigned = true)
        public Slot slot;

        public Entity() {}

        @ValueRangeProvider(id = "feasible")
        public List<Slot> getFeasible() {
            return feasible;
        }

        public List<Integer> busy() {
            List<Integer> keys = new ArrayList<>(members.size());
            for (int p : members) {
                keys.add(p * slots + slot.index);
            }
            return keys;
        }
    }

    @PlanningSolution
    public static final class Plan {
        @PlanningEntityCollectionProperty
        public List<Entity> meetings;
        @ProblemFactProperty
        public Context context;
        @PlanningScore
        public HardSoftLongScore score;

        public Plan() {}
    }

    public static final class Constraints implements ConstraintProvider {
        @Override
        public Constraint[] defineConstraints(ConstraintFactory factory) {
            return new Constraint[] {
                factory.forEach(Entity.class)
                        .flattenLast(Entity::busy)
                        .groupBy(key -> key, ConstraintCollectors.count())
                        .filter((key, n) -> n > 1)
                        .penalizeLong(HardSoftLongScore.ONE_HARD, (key, n) -> n - 1)
                        .asConstraint("participant twice in a slot"),
                factory.forEach(Entity.class)
                        .filter(e -> e.shared)
                        .groupBy(e -> e.slot, ConstraintCollectors.count())
                        .join(Context.class)
                        .filter((slot, n, context) -> n > context.tables)
                        .penalizeLong(HardSoftLongScore.ONE_HARD, (slot, n, context) -> n - context.tables)
                        .asConstraint("shared tables"),
                factory.forEach(Entity.class)
                        .flattenLast(e -> e.members)
                        .groupBy(p -> p, ConstraintCollectors.count())
                        .join(Context.class)
                        .filter((p, n, context) -> n > context.cap[p])
                        .penalizeLong(HardSoftLongScore.ONE_HARD, (p, n, context) -> n - context.cap[p])
                        .asConstraint("caps"),
                factory.forEachIncludingUnassigned(Entity.class)
                        .filter(e -> e.slot == null)
                        .penalizeLong(HardSoftLongScore.ONE_SOFT, e -> e.weight)
                        .asConstraint("weight left out")
            };
        }
    }
}
