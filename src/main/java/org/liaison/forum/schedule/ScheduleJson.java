package org.liaison.forum.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes instances and schedules in the contract's JSON. Slot starts keep their offset
 * ({@code 2012-04-26T09:00:00+09:00} stays in the forum's time zone).
 */
public final class ScheduleJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ScheduleJson() {}

    /** @throws InvalidInstanceException when the text is not an instance in the contract's form */
    public static Instance readInstance(InputStream in) {
        try {
            Instance instance = MAPPER.readValue(in, Instance.class);
            if (instance == null) {
                throw new InvalidInstanceException("invalid instance: the input is empty");
            }
            return instance;
        } catch (JacksonException e) {
            throw new InvalidInstanceException("invalid instance: the JSON cannot be read" + where(e));
        }
    }

    /**
     * Where the JSON broke, as a line, a column and a field path; never Jackson's own message,
     * which names our Java types (the API's problem details must not show them).
     */
    private static String where(JacksonException e) {
        var text = new StringBuilder();
        var location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            text.append(" at line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
        }
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (!path.isEmpty()) {
            text.append(" (field ").append(path).append(')');
        }
        return text.toString();
    }

    public static Instance readInstance(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readInstance(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Schedule readSchedule(InputStream in) {
        return MAPPER.readValue(in, Schedule.class);
    }

    public static Schedule readSchedule(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readSchedule(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Object instanceOrSchedule, OutputStream out) {
        MAPPER.writeValue(out, instanceOrSchedule);
    }

    public static void write(Object instanceOrSchedule, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(instanceOrSchedule, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Object instanceOrSchedule) {
        return MAPPER.writeValueAsString(instanceOrSchedule);
    }
}
