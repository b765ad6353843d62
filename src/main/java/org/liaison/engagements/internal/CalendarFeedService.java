package org.liaison.engagements.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.UserAccounts;
import org.liaison.access.ViewerContext;
import org.liaison.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's iCalendar feed (RFC 5545) at a secret URL: the engagements they may see from 30 days
 * back to a year ahead, each in its own time zone (with its VTIMEZONE), and their open follow-ups
 * as VTODOs with a due date. Only the SHA-256 of the token is stored; issuing a new one revokes
 * the old. The feed is built as its user, so it shows exactly what they may see.
 */
@Service
@Transactional
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeeds feeds;
    private final EngagementService engagements;
    private final UserAccounts accounts;
    private final CurrentViewer viewer;
    private final MessageSource messages;
    private final Clock clock;

    CalendarFeedService(CalendarFeeds feeds, EngagementService engagements, UserAccounts accounts, CurrentViewer viewer,
            MessageSource messages, Clock clock) {
        this.feeds = feeds;
        this.engagements = engagements;
        this.accounts = accounts;
        this.viewer = viewer;
        this.messages = messages;
        this.clock = clock;
    }

    /** A newly issued feed token, shown once. */
    public record IssuedFeed(String token, Instant createdAt) {}

    /** When the caller's current feed token was issued, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Instant> status() {
        return feeds.findById(me()).map(CalendarFeed::getCreatedAt);
    }

    /** Issues a new secret token for the caller's feed; the previous one stops working. */
    public IssuedFeed reset() {
        UUID user = me();
        String token = newToken();
        var now = Instant.now(clock);
        var feed = feeds.findById(user).orElse(null);
        if (feed == null) {
            feeds.save(new CalendarFeed(user, hash(token), now));
        } else {
            feed.reset(hash(token), now);
        }
        return new IssuedFeed(token, now);
    }

    /** The feed for a token, or 404 for an unknown token or a disabled user. */
    @Transactional(readOnly = true)
    public String render(String token) {
        var feed = feeds.findByTokenHash(hash(token)).orElseThrow(() -> new NotFoundException("calendar", "feed"));
        var account = accounts.find(feed.getUser()).filter(a -> a.enabled())
                .orElseThrow(() -> new NotFoundException("calendar", "feed"));
        Locale locale = account.preferredLanguage() == null ? Locale.ENGLISH : Locale.forLanguageTag(account.preferredLanguage());
        return ViewerContext.call(account.viewer(), () -> write(locale));
    }

    private String write(Locale locale) {
        var now = Instant.now(clock);
        var events = engagements.between(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
        var agenda = engagements.myAgenda();

        var calendar = new Calendar();
        calendar.add(new ProdId("-//Liaison//Engagements 1.0//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", messages.getMessage("engagements.calendar.name", null, locale)));

        var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        var zones = new LinkedHashSet<String>();
        events.forEach(e -> zones.add(e.timeZone()));
        for (String zone : zones) {
            var tz = registry.getTimeZone(zone);
            if (tz != null) {
                calendar.add(tz.getVTimeZone());
            }
        }
        for (var e : events) {
            VEvent event = e.end() == null ? new VEvent(e.start(), e.title()) : new VEvent(e.start(), e.end(), e.title());
            event.add(new Uid("engagement-" + e.id() + "@liaison"));
            event.add(new Categories(messages.getMessage("engagement.kind." + e.kind().name(), null, locale)));
            String where = place(e);
            if (where != null) {
                event.add(new Location(where));
            }
            if (e.description() != null) {
                event.add(new Description(e.description()));
            }
            calendar.add(event);
        }
        for (var f : agenda.followUps()) {
            var todo = new VToDo();
            todo.add(new Uid("follow-up-" + f.id() + "@liaison"));
            todo.add(new Summary(f.title()));
            if (f.dueDate() != null) {
                todo.add(new Due<>(f.dueDate()));
            }
            todo.add(ImmutableStatus.VTODO_NEEDS_ACTION);
            todo.add(new Description(messages.getMessage("engagements.calendar.follow-up-of",
                    new Object[] {f.engagementTitle()}, locale)));
            calendar.add(todo);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the calendar", e);
        }
        return out.toString();
    }

    private static @Nullable String place(EngagementView e) {
        var parts = new java.util.ArrayList<String>();
        if (e.place() != null) {
            parts.add(e.place());
        }
        if (e.city() != null) {
            parts.add(e.city());
        }
        if (e.country() != null) {
            parts.add(e.country());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private UUID me() {
        var id = viewer.get().userId();
        if (id == null) {
            throw new AccessDeniedException("A calendar feed belongs to a signed-in user");
        }
        return id;
    }

    static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
