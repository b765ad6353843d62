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

    public record Terms(long common, long half, long bMatching, long perSlot) {
        public long value() {
            return Math.min(Math.min(common, half), Math.min(bMatching, perSlot));
        }
    }

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
        double flow = maxFlow(n, arcs, usable);
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
            double matching = maxFlow(n, slotArcs, one) / 2;
            long boothHolders = 0;
            for (int p = 0; p < n; p++) {
                if (instance.participants().get(p).booth() != null && available[p][s]) {
                    boothHolders++;
                }
            }
            perSlot += Math.min(instance.sharedTables() + boothHolders, matching);
        }
        return new Terms(common, half, bMatching, (long) Math.floor(perSlot + 1e-9));
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
