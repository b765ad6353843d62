package org.liaison.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liaison.access.ViewerContext;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.engagements.EngagementCommands;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.internal.BrokerageEvent.AgendaStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders reach a real SMTP server: each participant with an address and meetings on the day
 * gets its agenda for that day once, in its language, after the agenda is published; a second run
 * sends nothing.
 */
@Tag("persistence")
@SpringBootTest
class ForumRemindersIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    DirectoryService directory;
    @Autowired
    EngagementCommands engagements;
    @Autowired
    ForumEvents events;
    @Autowired
    ForumRegistrations registrations;
    @Autowired
    MeetingRequests requests;
    @Autowired
    ScheduleJobs jobs;
    @Autowired
    ForumReminders reminders;

    @Test
    void eachParticipantGetsItsDaysAgendaOnceInItsLanguage() throws Exception {
        var fixtures = new ForumFixtures(directory, engagements, events, registrations);
        var event = fixtures.event("Reminder forum").id();
        var anna = fixtures.participant(event, "Анна Петрова", ParticipantType.COMPANY, "anna@example.org", "ru");
        var sato = fixtures.participant(event, "佐藤 花子", ParticipantType.COMPANY, "sato@example.org", "ja");
        var quiet = fixtures.participant(event, "No Address", ParticipantType.COMPANY, null, "en");
        ViewerContext.run(ForumFixtures.SYSTEM, () -> {
            requests.add(event, List.of(anna.id(), sato.id()), "Tea");
            requests.add(event, List.of(anna.id(), quiet.id()), null);
        });
        var day1 = LocalDate.of(2031, 5, 20);
        var day2 = LocalDate.of(2031, 5, 21);

        // nothing before the agenda is published
        assertThat(reminders.sendFor(event, day1) + reminders.sendFor(event, day2)).isZero();
        ViewerContext.run(ForumFixtures.SYSTEM, () -> {
            var job = jobs.runNow(event, 1, 1);
            assertThat(job.scheduled()).isEqualTo(2);
            events.publish(event, AgendaStatus.FINAL);
        });
        int sent = reminders.sendFor(event, day1) + reminders.sendFor(event, day2);
        int again = reminders.sendFor(event, day1) + reminders.sendFor(event, day2);

        // Anna has two meetings, Sato one; the days they fall on decide how many mails Anna gets
        var mails = Arrays.asList(smtp.getReceivedMessages());
        assertThat(again).isZero();
        assertThat(sent).isEqualTo(mails.size()).isBetween(2, 3);
        var toSato = mails.stream().filter(m -> recipient(m).equals("sato@example.org")).toList();
        assertThat(toSato).hasSize(1);
        assertThat(toSato.getFirst().getSubject()).contains("明日の商談");
        assertThat(GreenMailUtil.getBody(toSato.getFirst())).isNotBlank();
        var toAnna = mails.stream().filter(m -> recipient(m).equals("anna@example.org")).toList();
        assertThat(toAnna).isNotEmpty().allSatisfy(m -> assertThat(m.getSubject()).contains("Ваши встречи завтра"));
        assertThat(mails).noneMatch(m -> recipient(m).isBlank());
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
