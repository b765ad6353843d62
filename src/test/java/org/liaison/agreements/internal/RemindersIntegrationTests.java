package org.liaison.agreements.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementParty;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders reach a real SMTP server once: the job run by two "nodes" at the same moment and then
 * again sends one mail per milestone and one per expiry.
 */
@Tag("persistence")
@SpringBootTest
class RemindersIntegrationTests {

    static final Viewer SYSTEM = Viewer.system("reminder tests");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("liaison.agreements.reminder-to", () -> "cooperation@example.org");
        // The team reads Japanese: reminders come in the configured language.
        registry.add("liaison.agreements.reminder-language", () -> "ja");
    }

    @Autowired
    AgreementJobs jobs;
    @Autowired
    AgreementService agreements;
    @Autowired
    SentReminders sent;
    @Autowired
    DirectoryService directory;
    @Autowired
    Clock clock;

    @Test
    void remindsOnceOfAMilestoneAndOfAnExpiryWhenTwoNodesRunTheJobAtOnceAndAgain() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var today = LocalDate.now(clock);
        var hub = organization("Reminder hub");
        var partner = organization("Reminder partner");
        var id = ViewerContext.call(SYSTEM, () -> {
            var made = agreements.create(new AgreementDraft(AgreementKind.COOPERATION_AGREEMENT, "Expiring " + tag, null,
                    List.of("en"), List.of(new AgreementParty(hub, "hub", null), new AgreementParty(partner, "partner", null)),
                    null, today.minusYears(1), today.plusDays(10), 5, false));
            agreements.transition(made.id(), Transition.SIGN, null, today.minusYears(1));
            agreements.addMilestone(made.id(), new MilestoneDraft("Report " + tag, partner.value(), today.plusDays(3), false));
            agreements.addMilestone(made.id(), new MilestoneDraft("Far report " + tag, partner.value(), today.plusDays(60), false));
            return made.id();
        });

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Future<?>>();
            for (int node = 0; node < 2; node++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    jobs.sendReminders();
                    return null;
                }));
            }
            start.countDown();
            for (var run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        jobs.sendReminders();

        var mine = subjects(tag);
        assertThat(mine).containsExactlyInAnyOrder(
                "リマインダー：Report " + tag + " の期限は " + today.plusDays(3),
                "リマインダー：Expiring " + tag + " は " + today.plusDays(10) + " に満了します");
        assertThat(sent.countBySubject(id)).isEqualTo(1);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(tag)))
                .allSatisfy(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("cooperation@example.org"));
    }

    List<String> subjects(String tag) {
        return Arrays.stream(smtp.getReceivedMessages()).map(RemindersIntegrationTests::subject)
                .filter(s -> s.contains(tag)).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    OrganizationId organization(String name) {
        return new OrganizationId(ViewerContext.call(SYSTEM, () -> directory.register(new OrganizationDraft(
                OrganizationKind.CORPORATION, List.of(new NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)),
                List.of(), "FI", null, null, null, Set.of())).id()));
    }
}
