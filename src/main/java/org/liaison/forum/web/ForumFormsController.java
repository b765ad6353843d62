package org.liaison.forum.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementQueries;
import org.liaison.forum.internal.EventDraft;
import org.liaison.forum.internal.ForumAccess;
import org.liaison.forum.internal.ForumBooths;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.forum.internal.MeetingRequests;
import org.liaison.forum.internal.ParticipantType;
import org.liaison.forum.internal.SlotPlan;
import org.liaison.forum.internal.Views.EventView;
import org.liaison.forum.internal.Views.ParticipantView;
import org.liaison.forum.internal.Views.SlotView;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's forum forms: create and edit a brokerage event (slots, shared tables,
 * registration window, caps), a participant's availability (the participant's own organization
 * and the organiser tick the slots it can attend) and a meeting the organiser makes by hand (two
 * participants, or a group of three or more). A form that breaks a rule comes back (422) with
 * what was typed and the rule in the reader's language; an edit made on a stale version comes
 * back (409) with the current state and says so.
 */
@Controller
class ForumFormsController {

    /** Days on the event form at most (as the API). */
    static final int MAX_DAYS = 14;

    private final ForumAccess access;
    private final ForumEvents events;
    private final ForumRegistrations registrations;
    private final MeetingRequests requests;
    private final ForumBooths booths;
    private final EngagementQueries engagements;
    private final MessageSource messages;

    ForumFormsController(ForumAccess access, ForumEvents events, ForumRegistrations registrations, MeetingRequests requests,
            ForumBooths booths, EngagementQueries engagements, MessageSource messages) {
        this.access = access;
        this.events = events;
        this.registrations = registrations;
        this.requests = requests;
        this.booths = booths;
        this.engagements = engagements;
        this.messages = messages;
    }

    /** What was typed on the event form; caps by participant type name. */
    record EventForm(String engagement, String engagementId, String title, String timeZone, String days, String dayStart,
            String dayEnd, String slotMinutes, String sharedTables, String registrationOpens, String registrationCloses,
            String maxMeetings, Map<String, String> caps, long version) {

        String cap(ParticipantType type) {
            return caps.getOrDefault(type.name(), "");
        }

        static EventForm of(EventView e) {
            var caps = new LinkedHashMap<String, String>();
            e.typeCaps().forEach((type, cap) -> caps.put(type.name(), String.valueOf(cap)));
            var days = e.slots().stream().map(s -> s.localStart().toLocalDate()).distinct().map(LocalDate::toString)
                    .collect(Collectors.joining(", "));
            String start = e.slots().isEmpty() ? "" : e.slots().getFirst().localStart().toLocalTime().toString();
            String end = e.slots().stream().map(SlotView::localEnd).filter(t -> t.toLocalDate().equals(e.slots().getFirst().localStart().toLocalDate()))
                    .map(t -> t.toLocalTime().toString()).reduce((a, b) -> b).orElse("");
            String minutes = e.slots().isEmpty() ? "" : String.valueOf(e.slots().getFirst().minutes());
            return new EventForm("", e.engagementId().toString(), e.title(), e.timeZone(), days, start, end, minutes,
                    String.valueOf(e.sharedTables()), text(e.registrationOpens()), text(e.registrationCloses()),
                    e.maxMeetings() == null ? "" : String.valueOf(e.maxMeetings()), caps, e.version());
        }

        private static String text(@Nullable Object value) {
            return value == null ? "" : value.toString();
        }
    }

    // Create and edit a brokerage event

    @GetMapping("/forum/events/new")
    String newEvent(@RequestParam(required = false) @Nullable UUID engagement, Model model) {
        requireOrganiser();
        model.addAttribute("form", new EventForm("", engagement == null ? "" : engagement.toString(), "", "Europe/Moscow",
                "", "10:00", "13:00", "20", "10", "", "", "", Map.of(), 0));
        return eventForm(model, null);
    }

    @PostMapping("/forum/events")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        requireOrganiser();
        var form = form(params);
        try {
            var engagement = engagement(form);
            var made = events.create(engagement, draft(form), false);
            return "redirect:/forum/events/" + made.id();
        } catch (RuleViolationException e) {
            reject(model, e);
            model.addAttribute("form", form);
            response.setStatus(422);
            return eventForm(model, null);
        }
    }

    @GetMapping("/forum/events/{id}/settings")
    String editEvent(@PathVariable UUID id, Model model) {
        var event = events.read(id);
        requireOrganiser();
        model.addAttribute("form", EventForm.of(event));
        return eventForm(model, event);
    }

    @PostMapping("/forum/events/{id}/settings")
    String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var event = events.read(id);
        requireOrganiser();
        var form = form(params);
        try {
            var change = Objects.requireNonNull(events.update(id, form.version(), draft(form)).slotChange());
            if (change.unplaced() > 0 || change.unpublished() > 0) {
                redirect.addFlashAttribute("notice", messages.getMessage("forum.slots.lost",
                        new Object[] {change.unplaced(), change.unpublished()}, LocaleContextHolder.getLocale()));
            }
            return "redirect:/forum/events/" + id;
        } catch (RuleViolationException e) {
            reject(model, e);
            model.addAttribute("form", form);
            response.setStatus(422);
            return eventForm(model, event);
        } catch (StaleVersionException e) {
            var current = events.read(id);
            model.addAttribute("formError", "forum.form.stale");
            model.addAttribute("form", EventForm.of(current));
            response.setStatus(409);
            return eventForm(model, current);
        }
    }

    private String eventForm(Model model, @Nullable EventView event) {
        model.addAttribute("event", event);
        model.addAttribute("booths", event == null ? List.of() : booths.booths(event.id()));
        model.addAttribute("types", ParticipantType.values());
        if (event == null && model.getAttribute("form") instanceof EventForm form && !form.engagementId().isBlank()) {
            try {
                var id = new EngagementId(UUID.fromString(form.engagementId()));
                var summary = engagements.summaries(List.of(id)).get(id);
                model.addAttribute("engagementTitle", summary == null ? null : summary.title());
            } catch (IllegalArgumentException e) {
                model.addAttribute("engagementTitle", null);
            }
        }
        return "forum/event-form";
    }

    private static EventForm form(MultiValueMap<String, String> params) {
        var caps = new LinkedHashMap<String, String>();
        for (var type : ParticipantType.values()) {
            caps.put(type.name(), value(params, "cap" + type.name()));
        }
        long version;
        try {
            version = Long.parseLong(value(params, "version").isBlank() ? "0" : value(params, "version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new EventForm(value(params, "engagement"), value(params, "engagementId"), value(params, "title"),
                value(params, "timeZone"), value(params, "days"), value(params, "dayStart"), value(params, "dayEnd"),
                value(params, "slotMinutes"), value(params, "sharedTables"), value(params, "registrationOpens"),
                value(params, "registrationCloses"), value(params, "maxMeetings"), caps, version);
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        var v = params.getFirst(name);
        return v == null ? "" : v;
    }

    private EngagementId engagement(EventForm form) {
        if (!form.engagementId().isBlank()) {
            try {
                return new EngagementId(UUID.fromString(form.engagementId().strip()));
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("forum.unknown-engagement", "No such engagement");
            }
        }
        if (form.engagement().isBlank()) {
            throw new RuleViolationException("forum.engagement-required", "Name the forum engagement");
        }
        return engagements.engagementTitled(form.engagement().strip())
                .orElseThrow(() -> new RuleViolationException("forum.unknown-engagement", "No engagement titled " + form.engagement()));
    }

    /** The typed values as the event's draft; a value that is not a date, time or number says which. */
    static EventDraft draft(EventForm form) {
        var days = new ArrayList<LocalDate>();
        for (String day : form.days().split("[,;\\s]+")) {
            if (!day.isBlank()) {
                days.add(date(day));
            }
        }
        if (days.size() > MAX_DAYS) {
            throw new RuleViolationException("forum.too-many-days", "At most " + MAX_DAYS + " days");
        }
        var caps = new EnumMap<ParticipantType, Integer>(ParticipantType.class);
        for (var type : ParticipantType.values()) {
            var cap = number(form.cap(type));
            if (cap != null) {
                caps.put(type, cap);
            }
        }
        Integer minutes = number(form.slotMinutes());
        Integer tables = number(form.sharedTables());
        var plan = new SlotPlan(days, time(form.dayStart()), time(form.dayEnd()), minutes == null ? 0 : minutes);
        return new EventDraft(form.title(), form.timeZone().strip(), plan, tables == null ? 0 : tables,
                form.registrationOpens().isBlank() ? null : date(form.registrationOpens()),
                form.registrationCloses().isBlank() ? null : date(form.registrationCloses()), number(form.maxMeetings()), caps);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("forum.bad-date", "Not a date (yyyy-mm-dd): " + text);
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("forum.bad-time", "Not a time of day (hh:mm): " + text);
        }
    }

    private static @Nullable Integer number(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("forum.bad-number", "Not a whole number: " + text);
        }
    }

    // A participant's availability

    /** A day of the availability grid: its slots, and which are ticked. */
    record AvailabilityDay(LocalDate date, List<SlotView> slots) {}

    @GetMapping("/forum/participants/{id}/availability")
    String availability(@PathVariable UUID id, Model model) {
        var participant = registrations.readParticipant(id);
        var available = new LinkedHashSet<String>();
        var event = events.read(participant.eventId());
        event.slots().stream().map(SlotView::code).filter(c -> !participant.unavailable().contains(c)).forEach(available::add);
        return availabilityPage(model, participant, event, available, participant.version());
    }

    @PostMapping("/forum/participants/{id}/availability")
    String saveAvailability(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> slot,
            @RequestParam(defaultValue = "-1") long version, Model model, HttpServletResponse response) {
        var participant = registrations.readParticipant(id);
        var ticked = new LinkedHashSet<String>(slot == null ? List.of() : slot);
        try {
            var saved = registrations.availability(id, version, ticked);
            return "redirect:/forum/events/" + saved.eventId() + "#registrations";
        } catch (RuleViolationException e) {
            reject(model, e);
            response.setStatus(422);
            return availabilityPage(model, participant, events.read(participant.eventId()), ticked, version);
        } catch (StaleVersionException e) {
            var current = registrations.readParticipant(id);
            var event = events.read(current.eventId());
            model.addAttribute("formError", "forum.form.stale");
            response.setStatus(409);
            var available = event.slots().stream().map(SlotView::code).filter(c -> !current.unavailable().contains(c))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return availabilityPage(model, current, event, available, current.version());
        }
    }

    private String availabilityPage(Model model, ParticipantView participant, EventView event, Set<String> available,
            long version) {
        var days = new LinkedHashMap<LocalDate, List<SlotView>>();
        event.slots().forEach(s -> days.computeIfAbsent(s.localStart().toLocalDate(), d -> new ArrayList<>()).add(s));
        model.addAttribute("participant", participant);
        model.addAttribute("event", event);
        model.addAttribute("days", days.entrySet().stream().map(e -> new AvailabilityDay(e.getKey(), e.getValue())).toList());
        model.addAttribute("available", available);
        model.addAttribute("version", version);
        model.addAttribute("editable", participant.own());
        return "forum/availability";
    }

    // Meetings the organiser makes by hand

    @GetMapping("/forum/events/{id}/meetings/new")
    String newMeeting(@PathVariable UUID id, Model model) {
        var event = events.read(id);
        requireOrganiser();
        return meetingForm(model, event, Set.of(), "");
    }

    @PostMapping("/forum/events/{id}/meetings")
    String addMeeting(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> participant,
            @RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response) {
        var event = events.read(id);
        requireOrganiser();
        var ticked = new LinkedHashSet<String>(participant == null ? List.of() : participant);
        try {
            var ids = ticked.stream().map(ForumFormsController::participantId).toList();
            requests.add(id, ids, note.isBlank() ? null : note.strip());
            return "redirect:/forum/events/" + id + "#meetings";
        } catch (RuleViolationException e) {
            reject(model, e);
            response.setStatus(422);
            return meetingForm(model, event, ticked, note);
        }
    }

    private static UUID participantId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("forum.unknown-participant", "No such participant: " + text);
        }
    }

    private String meetingForm(Model model, EventView event, Set<String> ticked, String note) {
        model.addAttribute("event", event);
        model.addAttribute("participants", registrations.registrations(event.id()).stream()
                .filter(p -> "APPROVED".equals(p.status())).toList());
        model.addAttribute("ticked", ticked);
        model.addAttribute("note", note);
        return "forum/meeting-form";
    }

    // Common

    private void requireOrganiser() {
        if (!access.isOrganiser()) {
            throw new AccessDeniedException("Only organisers (administrators and cooperation managers) may do this");
        }
    }

    private static void reject(Model model, RuleViolationException e) {
        model.addAttribute("formError", "error." + e.code());
        model.addAttribute("formErrorText", e.getMessage());
    }
}
