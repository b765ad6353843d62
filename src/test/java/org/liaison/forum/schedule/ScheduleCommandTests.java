package org.liaison.forum.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code schedule} command run in-process, as {@code java -jar liaison.jar schedule ...} runs it. */
class ScheduleCommandTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesAValidScheduleAndOneSummaryLine() throws Exception {
        Instance instance = SchedulerTests.bigger(3);
        Path in = dir.resolve("instance.json");
        Path target = dir.resolve("schedule.json");
        ScheduleJson.write(instance, in);
        int code = run("schedule", "--in", in.toString(), "--out", target.toString(), "--seconds", "1", "--seed", "5");
        assertThat(code).isZero();
        assertThat(text(out).lines()).singleElement().asString().startsWith("scheduled ").contains("of 300 meetings");
        Schedule schedule = ScheduleJson.readSchedule(target);
        assertThat(Validator.violations(ScheduleJson.readInstance(in), schedule)).isEmpty();
        assertThat(schedule.assignments().size() + schedule.unscheduled().size()).isEqualTo(300);
    }

    @Test
    void theContractsExampleRoundTripsWithItsTimeZone() throws Exception {
        Path in = dir.resolve("example.json");
        Files.writeString(in, """
                {"slots": [{"id": "d1-0900", "day": 1, "start": "2012-04-26T09:00:00+09:00", "minutes": 20}],
                 "sharedTables": 150,
                 "participants": [
                   {"id": "p1", "organization": "o1", "available": ["d1-0900", "d1-0920"], "booth": null, "maxMeetings": 12},
                   {"id": "p2", "organization": "o2", "available": ["d1-0900"], "booth": "B-12"}],
                 "meetings": [{"id": "m1", "participants": ["p1", "p2"], "weight": 1}],
                 "locked":   [{"meeting": "m1", "slot": "d1-0900", "table": "B-12"}],
                 "previous": [{"meeting": "m1", "slot": "d1-0900", "table": "B-12"}]}
                """.replace("\"d1-0900\", \"d1-0920\"", "\"d1-0900\""));
        int code = run("schedule", "--in", in.toString(), "--out", dir.resolve("s.json").toString());
        assertThat(code).as(text(err)).isZero();
        assertThat(Files.readString(dir.resolve("s.json")))
                .isEqualTo("{\"assignments\":[{\"meeting\":\"m1\",\"slot\":\"d1-0900\",\"table\":\"B-12\"}],\"unscheduled\":[],"
                        + "\"stats\":{\"scheduled\":1,\"weight\":1,\"seconds\":" + ScheduleJson.readSchedule(dir.resolve("s.json")).stats().seconds()
                        + ",\"moved\":0}}");
        assertThat(ScheduleJson.toJson(ScheduleJson.readInstance(in))).contains("\"start\":\"2012-04-26T09:00:00+09:00\"");
    }

    @Test
    void anInvalidInstanceExitsWith2AndNamesTheProblem() throws Exception {
        Path in = dir.resolve("bad.json");
        Files.writeString(in, """
                {"slots": [{"id": "s1", "day": 1, "start": "2031-01-01T09:00:00+03:00", "minutes": 20}], "sharedTables": 1,
                 "participants": [{"id": "a", "available": ["s1"]}, {"id": "b", "available": ["s1"]}],
                 "meetings": [{"id": "m1", "participants": ["a", "c"], "weight": 1}]}
                """);
        int code = run("schedule", "--in", in.toString(), "--out", dir.resolve("out.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(text(err)).isEqualTo("invalid instance: meeting \"m1\" has unknown participant \"c\"\n");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void jsonThatIsNoInstanceAlsoExitsWith2() throws Exception {
        Path in = dir.resolve("broken.json");
        Files.writeString(in, "{\"slots\": [");
        assertThat(run("schedule", "--in", in.toString(), "--out", dir.resolve("o.json").toString())).isEqualTo(2);
        assertThat(text(err)).startsWith("invalid instance: the JSON cannot be read");
    }

    @Test
    void unusableArgumentsExitWith1AndTheUsage() {
        assertThat(run("schedule", "--in", "x.json")).isEqualTo(1);
        assertThat(text(err)).contains("usage: schedule --in");
        assertThat(run("schedule", "--in", "x.json", "--out", "y.json", "--seconds", "soon")).isEqualTo(1);
        assertThat(ScheduleCommand.wanted(new String[] {"schedule"})).isTrue();
        assertThat(ScheduleCommand.wanted(new String[] {"--server.port=0"})).isFalse();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return ScheduleCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
