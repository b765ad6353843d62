package org.liaison.forum.schedule;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The scheduler without the web application:
 * <pre>
 * java -jar liaison.jar schedule --in instance.json --out schedule.json [--seconds N] [--seed N]
 * </pre>
 * Prints one summary line and exits 0; an invalid instance exits 2 with a message naming the first
 * problem; unusable arguments or unreadable files exit 1. The application's main method hands
 * {@code schedule} over to {@link #main} before Spring starts.
 */
public final class ScheduleCommand {

    public static final String NAME = "schedule";
    static final String USAGE = "usage: schedule --in instance.json --out schedule.json [--seconds N] [--seed N]";

    private ScheduleCommand() {}

    /** Whether the command line asks for this command. */
    public static boolean wanted(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit code (0 done, 1 bad arguments or files, 2 invalid instance). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path in = null;
        Path target = null;
        long seconds = 30;
        long seed = 1;
        try {
            for (int i = wanted(args) ? 1 : 0; i < args.length; i++) {
                String arg = args[i];
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (arg) {
                    case "--in" -> in = Path.of(required(arg, value));
                    case "--out" -> target = Path.of(required(arg, value));
                    case "--seconds" -> seconds = Long.parseLong(required(arg, value));
                    case "--seed" -> seed = Long.parseLong(required(arg, value));
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
                i++;
            }
            if (in == null || target == null) {
                throw new IllegalArgumentException("--in and --out are required");
            }
            if (seconds < 0) {
                throw new IllegalArgumentException("--seconds must not be negative");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 1;
        }
        try {
            Instance instance = ScheduleJson.readInstance(in);
            Schedule schedule = Scheduler.solve(instance, Duration.ofSeconds(seconds), seed, Progress.NONE);
            ScheduleJson.write(schedule, target);
            Stats stats = schedule.stats();
            out.printf(java.util.Locale.ROOT, "scheduled %d of %d meetings, weight %d, moved %d, %.1f s -> %s%n",
                    stats.scheduled(), instance.meetings().size(), stats.weight(), stats.moved(), stats.seconds(), target);
            return 0;
        } catch (InvalidInstanceException e) {
            err.println(e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("cannot read or write a file: " + e.getCause().getMessage());
            return 1;
        }
    }

    private static String required(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return value;
    }
}
