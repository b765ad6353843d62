package org.liaison.agreements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.liaison.agreements.AgreementStatus;
import org.liaison.shared.Mail;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders by e-mail {@code liaison.agreements.reminder-days} before an open milestone is due
 * and before an agreement in force expires. Each is sent once, ever: a row is claimed in
 * {@code agreement_reminder} (unique per subject, kind and date) before the mail goes out; a
 * second claim, by another node or a second run, fails and sends nothing. A mail the server did
 * not take gives the claim back, so the next run tries again.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final AgreementRepository agreements;
    private final Milestones milestones;
    private final SentReminders sent;
    private final Mail mail;
    private final AgreementSettings settings;
    private final MessageSource messages;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    Reminders(AgreementRepository agreements, Milestones milestones, SentReminders sent, Mail mail,
            AgreementSettings settings, MessageSource messages, PlatformTransactionManager transactions, Clock clock) {
        this.agreements = agreements;
        this.milestones = milestones;
        this.sent = sent;
        this.mail = mail;
        this.settings = settings;
        this.messages = messages;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Sends what is due today; returns how many reminders went out. */
    int sendDue() {
        if (!mail.enabled() || settings.recipients().isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(settings.days());
        int count = 0;
        var due = newTransaction.execute(tx -> milestones.findByStatusAndDueOnBetween(MilestoneStatus.OPEN, today, horizon)
                .stream().map(m -> new Due(m.getId(), SentReminder.Kind.MILESTONE, m.getDueOn(),
                        agreements.findById(m.getAgreement()).map(Agreement::getTitle).orElse(""), m.getTitle()))
                .toList());
        for (var d : due == null ? List.<Due>of() : due) {
            count += send(d, today) ? 1 : 0;
        }
        var expiring = newTransaction.execute(tx -> agreements.findByStatusIn(
                List.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.EXPIRING)).stream()
                .filter(a -> a.term().expiresOn() != null && !a.term().expiresOn().isBefore(today)
                        && !a.term().expiresOn().isAfter(horizon))
                .map(a -> new Due(a.getId(), SentReminder.Kind.EXPIRY, a.term().expiresOn(), a.getTitle(), ""))
                .toList());
        for (var d : expiring == null ? List.<Due>of() : expiring) {
            count += send(d, today) ? 1 : 0;
        }
        return count;
    }

    private record Due(UUID subject, SentReminder.Kind kind, LocalDate dueOn, String agreement, String milestone) {}

    private boolean send(Due due, LocalDate today) {
        UUID claim;
        try {
            claim = newTransaction.execute(tx -> sent.saveAndFlush(
                    new SentReminder(due.subject(), due.kind(), due.dueOn(), clock.instant().truncatedTo(ChronoUnit.MICROS))).id());
        } catch (DataIntegrityViolationException alreadySent) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(today, due.dueOn());
        Locale locale = settings.locale();
        String subject;
        String text;
        if (due.kind() == SentReminder.Kind.MILESTONE) {
            subject = messages.getMessage("agreements.reminder.milestone.subject", new Object[] { due.milestone(), due.dueOn() }, locale);
            text = messages.getMessage("agreements.reminder.milestone.text",
                    new Object[] { due.milestone(), due.agreement(), due.dueOn(), days }, locale);
        } else {
            subject = messages.getMessage("agreements.reminder.expiry.subject", new Object[] { due.agreement(), due.dueOn() }, locale);
            text = messages.getMessage("agreements.reminder.expiry.text", new Object[] { due.agreement(), due.dueOn(), days }, locale);
        }
        boolean delivered = true;
        for (String to : settings.recipients()) {
            delivered &= mail.send(to, subject, text);
        }
        if (!delivered && claim != null) {
            log.warn("Reminder {} {} not delivered; it will be tried again", due.kind(), due.subject());
            newTransaction.executeWithoutResult(tx -> sent.deleteById(claim));
        }
        return delivered;
    }
}
