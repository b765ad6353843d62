package org.liaison.engagements.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RuleViolationException;

/**
 * When an engagement takes place: local start (and end) as people on site read their clocks, in
 * the place's time zone. Stored as instants plus the zone id, so a Tokyo meeting at 10:00 stays
 * 10:00 in Tokyo whatever the server's or the reader's zone.
 */
public record Schedule(Instant start, @Nullable Instant end, ZoneId zone) {

    public Schedule {
        if (end != null && end.isBefore(start)) {
            throw new RuleViolationException("end-before-start", "The end is before the start");
        }
    }

    /** From local date-times in a zone given by its IANA id, e.g. {@code Asia/Tokyo}. */
    public static Schedule of(LocalDateTime start, @Nullable LocalDateTime end, String zoneId) {
        ZoneId zone = zone(zoneId);
        return new Schedule(start.atZone(zone).toInstant(), end == null ? null : end.atZone(zone).toInstant(), zone);
    }

    public static ZoneId zone(String zoneId) {
        try {
            return ZoneId.of(zoneId.strip());
        } catch (DateTimeException e) {
            throw new RuleViolationException("invalid-time-zone", "Not a time zone: " + zoneId);
        }
    }

    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }

    public @Nullable ZonedDateTime localEnd() {
        return end == null ? null : end.atZone(zone);
    }

    /** The date on site: what "the meeting of April 26" means. */
    public LocalDate date() {
        return localStart().toLocalDate();
    }
}
