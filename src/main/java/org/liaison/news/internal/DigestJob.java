package org.liaison.news.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.liaison.access.ViewerContext;
import org.liaison.shared.Mail;
import org.liaison.shared.web.UiLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: to every user with a digest address, the entries of "what is new" about what
 * they follow and may see, recorded since they asked for digests and not sent before. What went
 * out is recorded, so each entry is in one digest only, however often the job runs; an entry the
 * SMTP server did not take is tried again the next day.
 */
@Component
public class DigestJob {

    static final int MAX_ENTRIES = 100;

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final DigestAddresses addresses;
    private final DigestsSent sent;
    private final WhatIsNew whatIsNew;
    private final UserAccounts accounts;
    private final Mail mail;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    DigestJob(DigestAddresses addresses, DigestsSent sent, WhatIsNew whatIsNew, UserAccounts accounts, Mail mail,
            MessageSource messages, TransactionTemplate transactions, Clock clock,
            @Value("${liaison.news.public-url:}") String baseUrl) {
        this.addresses = addresses;
        this.sent = sent;
        this.whatIsNew = whatIsNew;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends the digests due. Tests call it directly. Void: ShedLock locks no method returning a primitive. */
    @Scheduled(cron = "${liaison.news.digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "news-digest", lockAtMostFor = "PT30M")
    public void sendDigests() {
        int messagesSent = 0;
        for (var address : addresses.findAll()) {
            var account = accounts.find(address.getUser()).filter(UserAccount::enabled);
            if (account.isPresent() && sendTo(account.get(), address)) {
                messagesSent++;
            }
        }
        if (messagesSent > 0) {
            log.info("Sent {} news digest(s)", messagesSent);
        }
    }

    private boolean sendTo(UserAccount account, DigestAddress address) {
        var already = new HashSet<>(sent.sentTo(account.id()));
        List<UpdateView> entries = ViewerContext.call(account.viewer(),
                () -> whatIsNew.forUser(account.id(), address.getSince(), already, MAX_ENTRIES));
        if (entries.isEmpty()) {
            return false;
        }
        Locale locale = account.preferredLanguage() == null ? UiLanguages.DEFAULT
                : UiLanguages.supported(Locale.forLanguageTag(account.preferredLanguage())).orElse(UiLanguages.DEFAULT);
        var text = new StringBuilder(messages.getMessage("news.digest.intro", null, locale)).append("\n\n");
        for (var entry : entries) {
            text.append("- ").append(messages.getMessage("news.update." + entry.kind().name(), null, locale))
                    .append(" · ").append(entry.date()).append(" · ").append(entry.title());
            if (entry.path() != null) {
                text.append("\n  ").append(baseUrl).append(entry.path());
            }
            text.append('\n');
        }
        text.append('\n').append(messages.getMessage("news.digest.footer", null, locale)).append('\n');
        String subject = messages.getMessage("news.digest.subject", new Object[] {entries.size()}, locale);
        if (!mail.send(address.getEmail(), subject, text.toString())) {
            return false;
        }
        var now = Instant.now(clock);
        transactions.executeWithoutResult(status -> entries.forEach(e -> sent.save(new DigestSent(account.id(), e.id(), now))));
        log.info("Sent a digest of {} entries to user {}", entries.size(), account.username());
        return true;
    }
}
