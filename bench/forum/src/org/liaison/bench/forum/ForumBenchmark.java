package org.liaison.bench.forum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.liaison.forum.schedule.Instance;
import org.liaison.forum.schedule.Progress;
import org.liaison.forum.schedule.Schedule;
import org.liaison.forum.schedule.Scheduler;
import org.liaison.forum.schedule.Validator;

/**
 * Runs the scheduler and its peers on generated instances at equal time limits, validates every
 * schedule, compares with the bound U* and writes a Markdown report (median over the seeds,
 * min-max).
 * <pre>
 * ForumBenchmark --sizes M,M-tight,XL --seeds 5 --seconds M=10,XL=60 --solvers liaison,greedy,timefold,cpsat --out report.md
 * </pre>
 */
public final class ForumBenchmark {

    record Run(String instance, long seed, String solver, long bound, long refined, int scheduled, long weight, double seconds,
            int violations, long peakMiB) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        List<String> sizes = Arrays.asList(options.getOrDefault("sizes", "M").split(","));
        Map<String, Integer> seedsBySize = new LinkedHashMap<>();
        for (String pair : options.getOrDefault("seeds", "5").split(",")) {
            String[] kv = pair.split("=");
            seedsBySize.put(kv.length == 2 ? kv[0] : "*", Integer.parseInt(kv[kv.length - 1]));
        }
        Map<String, Integer> seconds = new LinkedHashMap<>();
        for (String pair : options.getOrDefault("seconds", "M=10,L=30,XL=60").split(",")) {
            String[] kv = pair.split("=");
            seconds.put(kv[0], Integer.parseInt(kv[1]));
        }
        List<Peer> peers = new ArrayList<>();
        for (String name : options.getOrDefault("solvers", "liaison,greedy").split(",")) {
            peers.add(peer(name));
        }
        List<Run> runs = new ArrayList<>();
        for (String sizeName : sizes) {
            boolean tight = sizeName.endsWith("-tight");
            String base = sizeName.replace("-tight", "");
            Generator.Size size = switch (base) {
                case "M" -> Generator.M;
                case "L" -> Generator.L;
                case "XL" -> Generator.XL;
                default -> throw new IllegalArgumentException("unknown size " + base);
            };
            int limit = seconds.getOrDefault(base, 10);
            int seeds = seedsBySize.getOrDefault(base, seedsBySize.getOrDefault("*", 5));
            for (long seed = 1; seed <= seeds; seed++) {
                Instance instance = Generator.generate(size, tight, seed);
                long t0 = System.nanoTime();
                Bound.Terms bound = Bound.of(instance);
                System.out.printf(Locale.ROOT, "%s seed %d: %d meetings, U* = %d, U*+ = %d, %s (%.1f s)%n", sizeName, seed,
                        instance.meetings().size(), bound.value(), bound.refined(), bound, (System.nanoTime() - t0) / 1e9);
                for (Peer peer : peers) {
                    System.gc();
                    PeakMemory peak = PeakMemory.start();
                    long start = System.nanoTime();
                    Schedule schedule;
                    try {
                        schedule = peer.solve(instance, Duration.ofSeconds(limit), seed);
                    } catch (Throwable e) {
                        System.out.printf("  %-9s failed: %s%n", peer.name(), e);
                        schedule = Scheduler.assemble(instance, Map.of(), (System.nanoTime() - start) / 1e9);
                    }
                    double took = (System.nanoTime() - start) / 1e9;
                    long peakMiB = peak.stop();
                    List<String> broken = Validator.violations(instance, schedule);
                    Run run = new Run(sizeName, seed, peer.name(), bound.value(), bound.refined(), schedule.stats().scheduled(),
                            schedule.stats().weight(), took, broken.size(), peakMiB);
                    runs.add(run);
                    System.out.printf(Locale.ROOT, "  %-9s scheduled %6d (%.2f%% of U*, %.2f%% of U*+), weight %7d, %.1f s, heap peak %d MiB, %s%n",
                            peer.name(), run.scheduled(), 100.0 * run.scheduled() / Math.max(1, run.bound()),
                            100.0 * run.scheduled() / Math.max(1, run.refined()), run.weight(),
                            took, peakMiB, broken.isEmpty() ? "valid" : broken.size() + " violations, first: " + broken.get(0));
                }
            }
        }
        String report = report(runs, sizes, seconds, peers);
        System.out.println(report);
        if (options.containsKey("out")) {
            Files.writeString(Path.of(options.get("out")), report);
        }
    }

    static Peer peer(String name) throws Exception {
        return switch (name) {
            case "liaison" -> new Peer() {
                public String name() {
                    return "liaison";
                }

                public Schedule solve(Instance instance, Duration limit, long seed) {
                    return Scheduler.solve(instance, limit, seed, Progress.NONE);
                }
            };
            case "greedy" -> new Peer() {
                public String name() {
                    return "greedy";
                }

                public Schedule solve(Instance instance, Duration limit, long seed) {
                    return Scheduler.greedy(instance);
                }
            };
            default -> (Peer) Class.forName("org.liaison.bench.forum." + Character.toUpperCase(name.charAt(0))
                    + name.substring(1) + "Peer").getDeclaredConstructor().newInstance();
        };
    }

    static String report(List<Run> runs, List<String> sizes, Map<String, Integer> seconds, List<Peer> peers) {
        var out = new StringBuilder();
        out.append("| instance | limit | solver | scheduled, % of U* median [min-max] | % of U*+ median | weight median [min-max] | seconds median | valid | heap peak MiB (max) |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (String size : sizes) {
            for (Peer peer : peers) {
                List<Run> mine = runs.stream().filter(r -> r.instance().equals(size) && r.solver().equals(peer.name())).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                double[] pct = mine.stream().mapToDouble(r -> 100.0 * r.scheduled() / Math.max(1, r.bound())).sorted().toArray();
                double[] refined = mine.stream().mapToDouble(r -> 100.0 * r.scheduled() / Math.max(1, r.refined())).sorted().toArray();
                double[] weight = mine.stream().mapToDouble(Run::weight).sorted().toArray();
                double[] secs = mine.stream().mapToDouble(Run::seconds).sorted().toArray();
                long valid = mine.stream().filter(r -> r.violations() == 0).count();
                long peak = mine.stream().mapToLong(Run::peakMiB).max().orElse(0);
                out.append(String.format(Locale.ROOT, "| %s (%d seeds) | %d s | %s | %.2f%% [%.2f-%.2f] | %.2f%% | %.0f [%.0f-%.0f] | %.1f | %d/%d | %d |%n",
                        size, mine.size(), seconds.getOrDefault(size.replace("-tight", ""), 10), peer.name(), median(pct),
                        pct[0], pct[pct.length - 1], median(refined), median(weight), weight[0], weight[weight.length - 1], median(secs), valid,
                        mine.size(), peak));
            }
        }
        return out.toString();
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The peak of used heap while a solver runs, from the JVM's memory pools (reset before each run). */
    static final class PeakMemory {
        static PeakMemory start() {
            java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            return new PeakMemory();
        }

        long stop() {
            long sum = 0;
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    sum += pool.getPeakUsage().getUsed();
                }
            }
            return sum / (1024 * 1024);
        }
    }
}
