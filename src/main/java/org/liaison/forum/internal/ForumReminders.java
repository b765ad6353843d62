package org.liaison.forum.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.forum.internal.BrokerageEvent.AgendaStatus;
import org.liaison.shared.Mail;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails each participant with an address its agenda for a forum day, the day before, once:
 * a row in {@code forum_reminder} (one per participant and day) is claimed before the mail goes
 * out, so a second run or another node sends nothing; a mail the server refused gives the claim
 * back. Only published agendas are sent, in the participant's language.
 */
@Component
public class ForumReminders {

    private final BrokerageEvents events;
    private final ForumAccess access;
    private final ForumAgendas agendas;
    private final Mail mail;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    ForumReminders(BrokerageEvents events, ForumAccess access, ForumAgendas agendas, Mail mail, MessageSource messages, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.events = events;
        this.access = access;
        this.agendas = agendas;
        this.mail = mail;
        this.messages = messages;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Scheduled(cron = "${liaison.forum.reminder-cron:0 0 * * * *}")
    @SchedulerLock(name = "forum-reminders")
    void hourly() {
        sendDue();
    }

    /** Sends the reminders due now (each forum day's agenda on the day before, in the forum's zone). */
    public int sendDue() {
        return ViewerContext.call(Viewer.system("forum-reminders"), () -> {
            int count = 0;
            for (var event : events.findAll()) {
                count += sendFor(event.getId(), LocalDate.now(clock.withZone(event.zone())).plusDays(1));
            }
            return count;
        });
    }

    /** Sends the agenda of {@code day} to every participant of the event who has meetings that day; returns how many. */
    public int sendFor(UUID eventId, LocalDate day) {
        if (!mail.enabled()) {
            return 0;
        }
        record Due(UUID participant, String email, Locale locale, String text, String subject) {}
        var due = ViewerContext.call(Viewer.system("forum-reminders"), () -> newTransaction.execute(tx -> {
            var event = access.event(eventId);
            var list = new ArrayList<Due>();
            if (event.getAgendaStatus() == AgendaStatus.NONE) {
                return list;
            }
            for (var p : access.byId(eventId).values()) {
                if (p.getEmail() == null || p.getStatus() != ForumParticipant.Status.APPROVED) {
                    continue;
                }
                var agenda = agendas.agenda(p.getId());
                var entries = agenda.entries().stream().filter(e -> e.slot().localStart().toLocalDate().equals(day)).toList();
                if (entries.isEmpty()) {
                    continue;
                }
                var locale = p.getLanguage() == null ? Locale.ENGLISH : Locale.forLanguageTag(p.getLanguage());
                var lines = entries.stream().map(e -> messages.getMessage("forum.reminder.line", new Object[] {
                        e.slot().localStart().toLocalTime().toString(), e.slot().localEnd().toLocalTime().toString(), e.table(),
                        e.with().stream().map(w -> w.personName() + " (" + w.organizationName() + ")")
                                .collect(Collectors.joining(", "))}, locale))
                        .collect(Collectors.joining("\n"));
                var text = messages.getMessage("forum.reminder.text", new Object[] {p.getPersonName(), event.getTitle(),
                        day.toString(), event.getTimeZone(), lines}, locale);
                var subject = messages.getMessage("forum.reminder.subject", new Object[] {event.getTitle(), day.toString()}, locale);
                list.add(new Due(p.getId(), p.getEmail(), locale, text, subject));
            }
            return list;
        }));
        int sent = 0;
        for (var d : due == null ? List.<Object>of() : due) {
            var r = (Due) d;
            try {
                newTransaction.executeWithoutResult(tx -> jdbc.update(
                        "insert into forum_reminder (participant_id, forum_day, sent_at) values (?, ?, ?)", r.participant(), day,
                        clock.instant().atOffset(ZoneOffset.UTC)));
            } catch (DataIntegrityViolationException already) {
                continue;
            }
            if (mail.send(r.email(), r.subject(), r.text())) {
                sent++;
            } else {
                newTransaction.executeWithoutResult(tx -> jdbc.update(
                        "delete from forum_reminder where participant_id = ? and forum_day = ?", r.participant(), day));
            }
        }
        return sent;
    }
}
