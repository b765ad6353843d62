package org.liaison.bench.forum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.liaison.forum.schedule.Instance;
import org.liaison.forum.schedule.Meeting;
import org.liaison.forum.schedule.Participant;

/**
 * The cheap upper bound U* of issue 9 on the number of scheduled meetings: the minimum of (a) the
 * meetings with a common available slot, (b) half the sum over participants of min(schedulable
 * meetings, usable slots), (c) half the max-flow of the fractional b-matching on the doubled graph
 * and (d) the sum over slots of min(shared tables + available booth holders, the slot's fractional
 * maximum matching). Group meetings count as their first two participants. Usable slots are the
 * slots in which one of the participant's schedulable meetings could be held, capped by maxMeetings.
 */
public final class Bound {

    /**
     * The four terms of U*, and a fifth that is not part of the U*: shared tables per slot
     * (or fewer when fewer shared meetings could be held there) plus, per booth holder, the meetings
     * it could host (min of its schedulable hosted meetings, the slots they could use, its cap).
     * It is much tighter than the per-slot term when tables bind.
     * <p>
     * Why U*+ = min(U*, tablesAndHosts) bounds the number of meetings of every valid schedule: the
     * contract gives each scheduled meeting exactly one place, a shared table when none of its
     * members holds a booth, else the booth of its first member that holds one (its host; {@link
     * #host} picks the same member). So the scheduled meetings split into (i) those at shared tables
     * and (ii) for each booth holder h, those h hosts. (i): in slot s at most {@code sharedTables}
     * meetings use shared tables (rule 3) and each is held in a slot all its members are available
     * in (rule 1), so at most min(sharedTables, shared meetings feasible in s) per slot. (ii): h is
     * a member of every meeting it hosts, so they lie in different slots (rule 2), each in a slot
     * where that meeting is feasible (rule 1): at most the number of slots some hosted meeting could
     * use, at most the number of its schedulable hosted meetings, and at most h's cap (rule 5).
     * Adding (i) over slots and (ii) over booth holders bounds the count; a minimum of valid bounds
     * is a valid bound, and it is at most U* by construction. BoundTests checks it against the
     * exact optimum of small instances.
     */
    public record Terms(long common, long half, long bMatching, long perSlot, long tablesAndHosts) {
        public long value() {
            return Math.min(Math.min(common, half), Math.min(bMatching, perSlot));
        }

        public long refined() {
            return Math.min(value(), tablesAndHosts);
        }
    }

    private static final Map<String, double[]> CACHE = new HashMap<>();

    private Bound() {}

    public static Terms of(Instance instance) {
        int n = instance.participants().size();
        int slots = instance.slots().size();
        Map<String, Integer> participant = new HashMap<>();
        Map<String, Integer> slot = new HashMap<>();
        for (int s = 0; s < slots; s++) {
            slot.put(instance.slots().get(s).id(), s);
        }
        boolean[][] available = new boolean[n][slots];
        int[] cap = new int[n];
        for (int p = 0; p < n; p++) {
            Participant x = instance.participants().get(p);
            participant.put(x.id(), p);
            x.available().forEach(id -> available[participant.get(x.id())][slot.get(id)] = true);
            cap[p] = x.maxMeetings() == null ? Integer.MAX_VALUE : x.maxMeetings();
        }
        List<Meeting> meetings = instance.meetings();
        int[] a = new int[meetings.size()];
        int[] b = new int[meetings.size()];
        boolean[][] feasible = new boolean[meetings.size()][slots];
        boolean[] schedulable = new boolean[meetings.size()];
        long common = 0;
        int[] schedulableOf = new int[n];
        boolean[][] usableSlot = new boolean[n][slots];
        for (int m = 0; m < meetings.size(); m++) {
            List<Integer> members = meetings.get(m).participants().stream().map(participant::get).toList();
            a[m] = members.get(0);
            b[m] = members.get(1);
            for (int s = 0; s < slots; s++) {
                boolean all = true;
                for (int p : members) {
                    all &= available[p][s];
                }
                feasible[m][s] = all;
                schedulable[m] |= all;
            }
            boolean capped = members.stream().anyMatch(p -> cap[p] == 0);
            schedulable[m] &= !capped;
            if (schedulable[m]) {
                common++;
                schedulableOf[a[m]]++;
                schedulableOf[b[m]]++;
                for (int s = 0; s < slots; s++) {
                    if (feasible[m][s]) {
                        usableSlot[a[m]][s] = true;
                        usableSlot[b[m]][s] = true;
                    }
                }
            }
        }
        long[] usable = new long[n];
        long halfSum = 0;
        for (int p = 0; p < n; p++) {
            int u = 0;
            for (int s = 0; s < slots; s++) {
                u += usableSlot[p][s] ? 1 : 0;
            }
            usable[p] = Math.min(u, cap[p]);
            halfSum += Math.min(schedulableOf[p], usable[p]);
        }
        long half = halfSum / 2;
        // (c) fractional b-matching: source -> left p (b_p), left p -> right q (1 per meeting), right q -> sink (b_q)
        Map<Long, Integer> arcs = new HashMap<>();
        for (int m = 0; m < meetings.size(); m++) {
            if (schedulable[m]) {
                arcs.merge((long) a[m] * n + b[m], 1, Integer::sum);
                arcs.merge((long) b[m] * n + a[m], 1, Integer::sum);
            }
        }
        // the flows do not depend on the number of tables: the tight variant of an instance reuses them
        String key = instance.participants().hashCode() + "/" + instance.meetings().hashCode() + "/" + instance.slots().hashCode();
        double[] flows = CACHE.get(key);
        if (flows == null) {
            flows = new double[slots + 1];
            flows[slots] = maxFlow(n, arcs, usable);
        }
        double flow = flows[slots];
        long bMatching = (long) Math.floor(flow / 2 + 1e-9);
        // (d) per slot: tables plus booth holders, and the slot's fractional maximum matching
        double perSlot = 0;
        long[] one = new long[n];
        java.util.Arrays.fill(one, 1);
        for (int s = 0; s < slots; s++) {
            Map<Long, Integer> slotArcs = new HashMap<>();
            for (int m = 0; m < meetings.size(); m++) {
                if (schedulable[m] && feasible[m][s]) {
                    slotArcs.merge((long) a[m] * n + b[m], 1, Integer::sum);
                    slotArcs.merge((long) b[m] * n + a[m], 1, Integer::sum);
                }
            }
            if (!CACHE.containsKey(key)) {
                flows[s] = maxFlow(n, slotArcs, one) / 2;
            }
            double matching = flows[s];
            long boothHolders = 0;
            for (int p = 0; p < n; p++) {
                if (instance.participants().get(p).booth() != null && available[p][s]) {
                    boothHolders++;
                }
            }
            perSlot += Math.min(instance.sharedTables() + boothHolders, matching);
        }
        CACHE.put(key, flows);
        // (e) tables per slot plus what each booth holder could host
        long tablesAndHosts = 0;
        for (int s = 0; s < slots; s++) {
            long sharedFeasible = 0;
            for (int m = 0; m < meetings.size(); m++) {
                if (schedulable[m] && feasible[m][s] && host(instance, participant, meetings.get(m)) < 0) {
                    sharedFeasible++;
                }
            }
            tablesAndHosts += Math.min(instance.sharedTables(), sharedFeasible);
        }
        int[] hosted = new int[n];
        boolean[][] hostSlot = new boolean[n][slots];
        for (int m = 0; m < meetings.size(); m++) {
            int h = host(instance, participant, meetings.get(m));
            if (schedulable[m] && h >= 0) {
                hosted[h]++;
                for (int s = 0; s < slots; s++) {
                    hostSlot[h][s] |= feasible[m][s];
                }
            }
        }
        for (int h = 0; h < n; h++) {
            int u = 0;
            for (int s = 0; s < slots; s++) {
                u += hostSlot[h][s] ? 1 : 0;
            }
            tablesAndHosts += Math.min(Math.min(hosted[h], u), cap[h]);
        }
        return new Terms(common, half, bMatching, (long) Math.floor(perSlot + 1e-9), tablesAndHosts);
    }

    /** The booth holder hosting the meeting (its first member with a booth), or -1 for a shared table. */
    private static int host(Instance instance, Map<String, Integer> participant, Meeting meeting) {
        for (String p : meeting.participants()) {
            if (instance.participants().get(participant.get(p)).booth() != null) {
                return participant.get(p);
            }
        }
        return -1;
    }

    private static double maxFlow(int n, Map<Long, Integer> arcs, long[] capacity) {
        var graph = new SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        int source = 2 * n;
        int sink = 2 * n + 1;
        graph.addVertex(source);
        graph.addVertex(sink);
        for (int p = 0; p < n; p++) {
            graph.addVertex(p);
            graph.addVertex(n + p);
            if (capacity[p] > 0) {
                graph.setEdgeWeight(graph.addEdge(source, p), capacity[p]);
                graph.setEdgeWeight(graph.addEdge(n + p, sink), capacity[p]);
            }
        }
        arcs.forEach((key, count) -> {
            int from = (int) (key / n);
            int to = (int) (key % n);
            graph.setEdgeWeight(graph.addEdge(from, n + to), count);
        });
        return new PushRelabelMFImpl<>(graph).getMaximumFlowValue(source, sink);
    }
}
