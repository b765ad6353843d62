package org.liaison.agreements.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.liaison.agreements.AgreementStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The iCalendar (RFC 5545) of the milestones and expiry dates of the agreements the viewer may
 * see: all-day events, open milestones and agreements in force only.
 */
@Component
public class AgreementCalendar {

    private final AgreementService agreements;
    private final MessageSource messages;

    AgreementCalendar(AgreementService agreements, MessageSource messages) {
        this.agreements = agreements;
        this.messages = messages;
    }

    public String render(Locale locale) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Liaison//Agreements 1.0//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", messages.getMessage("agreements.title", null, locale)));
        var milestoneLabel = messages.getMessage("agreements.milestone.title", null, locale);
        var expiryLabel = messages.getMessage("agreements.column.expires", null, locale);
        for (var m : agreements.allMilestones()) {
            if (m.status() != MilestoneStatus.OPEN) {
                continue;
            }
            var event = new VEvent(m.dueOn(), m.title());
            event.add(new Uid("agreement-milestone-" + m.id() + "@liaison"));
            event.add(new Categories(milestoneLabel));
            calendar.add(event);
        }
        for (var a : agreements.list(AgreementFilter.none())) {
            if (a.expiresOn() == null || !(a.status().inForce() || a.status() == AgreementStatus.DRAFT
                    || a.status() == AgreementStatus.NEGOTIATING)) {
                continue;
            }
            var event = new VEvent(a.expiresOn(), expiryLabel + ": " + a.title());
            event.add(new Uid("agreement-expiry-" + a.id() + "@liaison"));
            event.add(new Categories(expiryLabel));
            calendar.add(event);
        }
        try {
            var out = new StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
