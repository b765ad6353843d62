package org.liaison.engagements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.liaison.shared.RuleViolationException;

class ScheduleTests {

    @Test
    void keepsTheLocalTimeOnSiteAndStoresTheInstant() {
        var tokyo = Schedule.of(LocalDateTime.of(2012, 4, 26, 10, 0), LocalDateTime.of(2012, 4, 26, 11, 30), "Asia/Tokyo");

        assertThat(tokyo.start()).isEqualTo(Instant.parse("2012-04-26T01:00:00Z"));
        assertThat(tokyo.end()).isEqualTo(Instant.parse("2012-04-26T02:30:00Z"));
        assertThat(tokyo.localStart().getHour()).isEqualTo(10);
        assertThat(tokyo.localStart().getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void theDateIsTheDateOnSiteNotInUtc() {
        // 08:00 in Tokyo on April 26 is still April 25 in UTC.
        var early = Schedule.of(LocalDateTime.of(2012, 4, 26, 8, 0), null, "Asia/Tokyo");

        assertThat(early.start().toString()).startsWith("2012-04-25T23:00");
        assertThat(early.date()).isEqualTo(LocalDate.of(2012, 4, 26));
    }

    @Test
    void followsSummerTimeOfThePlace() {
        var winter = Schedule.of(LocalDateTime.of(2012, 1, 10, 9, 0), null, "Europe/Berlin");
        var summer = Schedule.of(LocalDateTime.of(2012, 7, 10, 9, 0), null, "Europe/Berlin");

        assertThat(winter.start()).isEqualTo(Instant.parse("2012-01-10T08:00:00Z"));
        assertThat(summer.start()).isEqualTo(Instant.parse("2012-07-10T07:00:00Z"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> Schedule.of(LocalDateTime.of(2012, 4, 26, 10, 0), LocalDateTime.of(2012, 4, 26, 9, 0),
                "Asia/Tokyo"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("end-before-start"));
    }

    @Test
    void refusesAnUnknownTimeZoneAsARuleViolation() {
        assertThatThrownBy(() -> Schedule.of(LocalDateTime.of(2012, 4, 26, 10, 0), null, "Mars/Olympus"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("invalid-time-zone"));
    }
}
