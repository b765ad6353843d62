package org.liaison.bench.forum;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.Literal;
import com.google.ortools.sat.LinearExpr;

import org.liaison.forum.schedule.Instance;
import org.liaison.forum.schedule.Meeting;
import org.liaison.forum.schedule.Participant;
import org.liaison.forum.schedule.Schedule;
import org.liaison.forum.schedule.Scheduler;

/**
 * OR-Tools CP-SAT on the plain model: a Boolean per meeting and feasible slot, at most one slot per
 * meeting, at most one meeting per participant and slot, shared tables per slot, caps, locked
 * meetings fixed; maximise the scheduled weight, with the greedy baseline's schedule as the hint.
 * Two workers (the machine's two cores; -Dcpsat.workers=N to change: CP-SAT runs its
 * large-neighbourhood workers from 8 on); the time
 * spent building the model counts against the limit.
 */
public final class CpsatPeer implements Peer {

    static {
        Loader.loadNativeLibraries();
    }

    static final int WORKERS = Integer.getInteger("cpsat.workers", 2);
    /** -Dcpsat.presolve=false: search from the hint at once (under load, presolve alone can take the whole limit). */
    static final boolean PRESOLVE = Boolean.parseBoolean(System.getProperty("cpsat.presolve", "true"));

    public String name() {
        return "cp-sat";
    }

    public Schedule solve(Instance instance, Duration limit, long seed) {
        long start = System.nanoTime();
        CpModel model = new CpModel();
        Map<String, Participant> participants = new HashMap<>();
        instance.participants().forEach(p -> participants.put(p.id(), p));
        Map<String, List<Literal>> busy = new HashMap<>();
        Map<String, List<Literal>> shared = new HashMap<>();
        Map<String, List<Literal>> all = new HashMap<>();
        Map<String, String> lockedSlot = new HashMap<>();
        instance.locked().forEach(l -> lockedSlot.put(l.meeting(), l.slot()));
        List<BoolVar> vars = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        List<String[]> meaning = new ArrayList<>();
        for (Meeting m : instance.meetings()) {
            boolean booth = m.participants().stream().anyMatch(p -> participants.get(p).booth() != null);
            List<Literal> mine = new ArrayList<>();
            for (var slot : instance.slots()) {
                String s = slot.id();
                if (!m.participants().stream().allMatch(p -> participants.get(p).available().contains(s))) {
                    continue;
                }
                BoolVar x = model.newBoolVar(m.id() + "@" + s);
                vars.add(x);
                weights.add((long) m.weight());
                meaning.add(new String[] {m.id(), s});
                mine.add(x);
                for (String p : m.participants()) {
                    busy.computeIfAbsent(p + "@" + s, k -> new ArrayList<>()).add(x);
                    all.computeIfAbsent(p, k -> new ArrayList<>()).add(x);
                }
                if (!booth) {
                    shared.computeIfAbsent(s, k -> new ArrayList<>()).add(x);
                }
                if (s.equals(lockedSlot.get(m.id()))) {
                    model.addEquality(x, 1);
                }
            }
            if (mine.size() > 1) {
                model.addAtMostOne(mine);
            }
        }
        busy.values().forEach(list -> {
            if (list.size() > 1) {
                model.addAtMostOne(list);
            }
        });
        shared.values().forEach(list -> {
            if (list.size() > instance.sharedTables()) {
                model.addLessOrEqual(LinearExpr.sum(list.toArray(Literal[]::new)), instance.sharedTables());
            }
        });
        all.forEach((p, list) -> {
            Integer cap = participants.get(p).maxMeetings();
            if (cap != null && list.size() > cap) {
                model.addLessOrEqual(LinearExpr.sum(list.toArray(Literal[]::new)), cap);
            }
        });
        // the greedy baseline's schedule as the hint (its time counts against the limit): a good first solution to improve on
        Map<String, String> greedy = new HashMap<>();
        Scheduler.greedy(instance).assignments().forEach(a -> greedy.put(a.meeting(), a.slot()));
        for (int i = 0; i < vars.size(); i++) {
            model.addHint(vars.get(i), meaning.get(i)[1].equals(greedy.get(meaning.get(i)[0])) ? 1 : 0);
        }
        model.maximize(LinearExpr.weightedSum(vars.toArray(BoolVar[]::new), weights.stream().mapToLong(Long::longValue).toArray()));
        CpSolver solver = new CpSolver();
        double left = limit.toNanos() / 1e9 - (System.nanoTime() - start) / 1e9;
        System.out.printf("  cp-sat: model built in %.1f s, %d variables%n", (System.nanoTime() - start) / 1e9, vars.size());
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.1, left)).setNumWorkers(WORKERS).setRandomSeed((int) seed)
                .setCpModelPresolve(PRESOLVE);
        CpSolverStatus status = solver.solve(model);
        System.out.printf("  cp-sat: %s, objective %.0f, bound %.0f, %.1f s%n", status, solver.objectiveValue(), solver.bestObjectiveBound(), solver.wallTime());
        Map<String, String> chosen = new HashMap<>();
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            for (int i = 0; i < vars.size(); i++) {
                if (solver.booleanValue(vars.get(i))) {
                    chosen.put(meaning.get(i)[0], meaning.get(i)[1]);
                }
            }
        }
        Repair.Result repaired = Repair.of(instance, chosen);
        return Scheduler.assemble(instance, repaired.slots(), (System.nanoTime() - start) / 1e9);
    }
}
