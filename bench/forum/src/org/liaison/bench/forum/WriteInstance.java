package org.liaison.bench.forum;

import java.nio.file.Path;

import org.liaison.forum.schedule.ScheduleJson;

/** Writes one generated instance as contract JSON: {@code WriteInstance XL false 1 xl.json}. */
public final class WriteInstance {

    public static void main(String[] args) {
        Generator.Size size = switch (args[0]) {
            case "M" -> Generator.M;
            case "L" -> Generator.L;
            default -> Generator.XL;
        };
        ScheduleJson.write(Generator.generate(size, Boolean.parseBoolean(args[1]), Long.parseLong(args[2])), Path.of(args[3]));
    }
}
