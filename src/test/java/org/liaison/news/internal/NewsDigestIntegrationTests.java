package org.liaison.news.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.EngagementDraft;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.ParticipantInput;
import org.liaison.engagements.internal.Schedule;
import org.liaison.engagements.internal.Side;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The daily digest through a real SMTP server (GreenMail): a follower gets what is new about the
 * topics and countries they follow, each entry in one digest only, however often the job runs;
 * what they may not see stays out.
 */
@SpringBootTest
@Tag("persistence")
class NewsDigestIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false); // running before the Spring context reads its port

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    DigestJob digests;
    @Autowired
    WhatIsNew whatIsNew;
    @Autowired
    NewsService news;
    @Autowired
    EngagementService engagements;
    @Autowired
    DirectoryQueries directory;
    @Autowired
    UserAccounts users;

    @Test
    void sendsEachNewItemOnceHoweverOftenTheJobRuns() throws Exception {
        var follower = user(Role.COOPERATION_MANAGER);
        String address = follower.username() + "@example.org";
        as(follower, () -> {
            whatIsNew.follow(Subscription.Kind.TOPIC, "technoparks");
            whatIsNew.digestTo(address);
        });
        var title = "Technopark news " + UUID.randomUUID().toString().substring(0, 8);
        publish(title, "technoparks");
        publish("Not followed " + UUID.randomUUID().toString().substring(0, 8), "accelerators");

        digests.sendDigests();
        digests.sendDigests();

        var mine = to(address);
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().getSubject()).isEqualTo("Liaison: 1 new about what you follow");
        var text = GreenMailUtil.getBody(mine.getFirst());
        assertThat(mine.getFirst().getContent().toString()).contains(title).doesNotContain("Not followed")
                // published before the follower asked for digests: not sent
                .doesNotContain("Skolkovo to develop cooperation with China and Japan");
        assertThat(text).isNotBlank();

        var next = "Second technopark news " + UUID.randomUUID().toString().substring(0, 8);
        publish(next, "technoparks");
        digests.sendDigests();
        digests.sendDigests();
        mine = to(address);
        assertThat(mine).hasSize(2);
        assertThat(mine.get(1).getContent().toString()).contains(next).doesNotContain(title);
    }

    @Test
    void aPartnerFollowingACountryGetsOnlyTheEngagementsTheyMaySee() throws Exception {
        var torch = ViewerContext.call(Viewer.system("test"),
                () -> directory.organizationNamed("Torch technopark of Tsinghua University")).orElseThrow();
        var hitachi = ViewerContext.call(Viewer.system("test"), () -> directory.organizationNamed("Hitachi")).orElseThrow();
        var partner = users.create(NewUser.partner("digest-partner-" + UUID.randomUUID().toString().substring(0, 8),
                "Digest partner", "digest-partner-password-2012", torch.value()));
        String address = partner.username() + "@example.org";
        as(partner, () -> {
            whatIsNew.follow(Subscription.Kind.COUNTRY, "CN");
            whatIsNew.follow(Subscription.Kind.COUNTRY, "JP");
            whatIsNew.digestTo(address);
        });
        String shared = "Digest visit to Beijing " + UUID.randomUUID().toString().substring(0, 8);
        String hidden = "Digest meeting with Hitachi " + UUID.randomUUID().toString().substring(0, 8);
        engagement(shared, torch.value());
        engagement(hidden, hitachi.value());
        // The entries come from EngagementLogged, after the commit: wait until both are recorded.
        await().atMost(Duration.ofSeconds(30)).until(() -> ViewerContext.call(Viewer.system("test"),
                () -> whatIsNew.forUser(partner.id(), partner.createdAt().minusSeconds(1), Set.of(), 100)).stream()
                .map(UpdateView::title).toList().containsAll(List.of(shared, hidden)));

        digests.sendDigests();
        var mine = to(address);
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().getContent().toString()).contains(shared).doesNotContain(hidden);
    }

    // Helpers

    UserAccount user(Role role) {
        return users.create(NewUser.staff("digest-" + UUID.randomUUID().toString().substring(0, 8), "Digest reader",
                "digest-reader-password-2012", role));
    }

    void as(UserAccount user, Runnable work) {
        ViewerContext.run(users.viewerOf(user.id()), work);
    }

    void publish(String title, String topic) {
        ViewerContext.run(Viewer.system("test"), () -> {
            var topicId = news.topic(topic).id();
            var created = news.create(new NewsDraft(title, null, "<p>" + title + "</p>", "en", null, null, Set.of(topicId),
                    List.of(), Set.of(), Set.of()));
            news.publish(created.id(), null);
        });
    }

    void engagement(String title, UUID organization) {
        ViewerContext.run(Viewer.system("test"), () -> engagements.create(new EngagementDraft(EngagementKind.MEETING, title,
                Schedule.of(LocalDateTime.of(LocalDate.now().plusDays(10), java.time.LocalTime.of(10, 0)), null, "Asia/Shanghai"),
                null, null, null, null, null, null, null, List.of(new ParticipantInput(organization, null, Side.PARTNER, null)))));
    }

    static List<MimeMessage> to(String address) throws Exception {
        var found = new java.util.ArrayList<MimeMessage>();
        for (var message : smtp.getReceivedMessages()) {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            if (recipients != null && recipients.length > 0 && recipients[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }
}
