package org.liaison.forum;

import org.liaison.forum.schedule.ScheduleCommand;

/**
 * The forum's scheduler as a command without the web application
 * ({@code java -jar liaison.jar schedule --in ... --out ...}): the module's public door to
 * {@link ScheduleCommand}, which stays inside the module, for the application's {@code main}.
 */
public final class ScheduleCommandLine {

    private ScheduleCommandLine() {}

    /** Whether the arguments ask for the schedule command rather than the web application. */
    public static boolean wanted(String[] args) {
        return ScheduleCommand.wanted(args);
    }

    /** Runs the command (it ends the process with the contract's exit code). */
    public static void run(String[] args) {
        ScheduleCommand.main(args);
    }
}
