package org.liaison.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.junit.jupiter.api.Test;
import org.liaison.forum.internal.Views.AgendaEntry;
import org.liaison.forum.internal.Views.AgendaView;
import org.liaison.forum.internal.Views.ParticipantView;
import org.liaison.forum.internal.Views.SlotView;
import org.liaison.forum.internal.Views.Who;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.TemplateEngine;

/**
 * A participant's agenda as iCalendar keeps the forum's time zone: each meeting starts and ends
 * at the slot's wall-clock time in that zone (TZID on DTSTART and DTEND, the zone described in a
 * VTIMEZONE), so that a calendar anywhere shows the same instants as the slots, also across a
 * daylight-saving change and in Moscow's 2012 offset (UTC+4).
 */
class AgendaDocumentsTests {

    final AgendaDocuments documents = new AgendaDocuments(new TemplateEngine(), messages(), new ForumSettings(List.of(), 3));

    @Test
    void meetingsInMoscowIn2012AreAtTheSlotsWallClockTimesInThatZone() throws Exception {
        var zone = ZoneId.of("Europe/Moscow");
        var slots = new SlotPlan(List.of(LocalDate.of(2012, 4, 27)), LocalTime.of(10, 0), LocalTime.of(10, 40), 20).rows(zone);
        assertThat(slots.getFirst().startsAt()).isEqualTo(Instant.parse("2012-04-27T06:00:00Z"));
        String ics = documents.ics(agenda("Europe/Moscow", zone, slots), Locale.ENGLISH);

        assertThat(ics).contains("DTSTART;TZID=Europe/Moscow:20120427T100000", "DTEND;TZID=Europe/Moscow:20120427T102000",
                "DTSTART;TZID=Europe/Moscow:20120427T102000", "DTEND;TZID=Europe/Moscow:20120427T104000");
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).extracting(z -> z.getTimeZoneId().getValue()).containsExactly("Europe/Moscow");
        assertThat(starts(ics)).containsExactly(slots.get(0).startsAt(), slots.get(1).startsAt());
    }

    @Test
    void aDaylightSavingChangeBetweenForumDaysKeepsTheLocalTimesAndMovesTheInstants() throws Exception {
        var zone = ZoneId.of("America/New_York");
        // daylight-saving time starts on 9 March 2031 at 02:00 in New York
        var slots = new SlotPlan(List.of(LocalDate.of(2031, 3, 8), LocalDate.of(2031, 3, 9)), LocalTime.of(10, 0),
                LocalTime.of(10, 20), 20).rows(zone);
        assertThat(slots).extracting(SlotRow::startsAt).containsExactly(Instant.parse("2031-03-08T15:00:00Z"),
                Instant.parse("2031-03-09T14:00:00Z"));
        String ics = documents.ics(agenda("America/New_York", zone, slots), Locale.ENGLISH);

        assertThat(ics).contains("DTSTART;TZID=America/New_York:20310308T100000", "DTSTART;TZID=America/New_York:20310309T100000");
        assertThat(starts(ics)).containsExactly(slots.get(0).startsAt(), slots.get(1).startsAt());
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).allSatisfy(e -> assertThat(e.getSummary().getValue()).isEqualTo("B2B meeting with 陈静 (Torch)"));
        assertThat(events).allSatisfy(e -> assertThat(e.getLocation().getValue()).startsWith("Table B-2,"));
    }

    /** The instants the DTSTART lines name, read as RFC 5545 says: the local time in the TZID's zone (Java's rules). */
    static List<Instant> starts(String ics) {
        var matcher = java.util.regex.Pattern.compile("DTSTART;TZID=([^:]+):(\\d{8}T\\d{6})").matcher(ics);
        var found = new java.util.ArrayList<Instant>();
        while (matcher.find()) {
            found.add(java.time.LocalDateTime.parse(matcher.group(2), java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                    .atZone(ZoneId.of(matcher.group(1))).toInstant());
        }
        return found.stream().sorted().toList();
    }

    static AgendaView agenda(String timeZone, ZoneId zone, List<SlotRow> slots) {
        var participant = new ParticipantView(UUID.randomUUID(), 0, UUID.randomUUID(), UUID.randomUUID(), "Skolkovo", null,
                "Анна Петрова", ParticipantType.COMPANY, null, "ru", null, null, null, "B-2", List.of(), "APPROVED", false, true);
        var with = List.of(new Who(UUID.randomUUID(), "陈静", "Torch", false));
        var entries = slots.stream().map(s -> new AgendaEntry(UUID.randomUUID(), SlotView.of(s, zone), "B-2", with, null)).toList();
        return new AgendaView(participant, "Forum", timeZone, "FINAL", entries);
    }

    static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/forum");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
