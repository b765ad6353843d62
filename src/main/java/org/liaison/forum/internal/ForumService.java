package org.liaison.forum.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.EngagementQueries;
import org.liaison.forum.internal.BrokerageEvent.AgendaStatus;
import org.liaison.forum.internal.ForumMeeting.Status;
import org.liaison.forum.internal.Views.AgendaEntry;
import org.liaison.forum.internal.Views.AgendaView;
import org.liaison.forum.internal.Views.EventView;
import org.liaison.forum.internal.Views.MeetingView;
import org.liaison.forum.internal.Views.ParticipantView;
import org.liaison.forum.internal.Views.ProfileView;
import org.liaison.forum.internal.Views.SlotView;
import org.liaison.forum.internal.Views.TablePlanSlot;
import org.liaison.forum.internal.Views.TableSeat;
import org.liaison.forum.internal.Views.Who;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brokerage events, registrations, the marketplace of meeting requests, placements by hand and
 * publication. Organisers (administrators and cooperation managers) do everything; other staff
 * read; a partner user registers its own organization's people, requests meetings for them and
 * answers the requests they receive, and sees only its own participants, meetings and agendas
 * (others are 404), while the marketplace shows every approved participant's profile.
 */
@Service
@Transactional
public class ForumService {

    private final BrokerageEvents events;
    private final ForumParticipants participants;
    private final ForumMeetings meetings;
    private final CurrentViewer viewer;
    private final DirectoryQueries directory;
    private final EngagementQueries engagements;
    private final MeetingSolver solver;
    private final Clock clock;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    ForumService(BrokerageEvents events, ForumParticipants participants, ForumMeetings meetings, CurrentViewer viewer,
            DirectoryQueries directory, EngagementQueries engagements, MeetingSolver solver, Clock clock) {
        this.solver = solver;
        this.events = events;
        this.participants = participants;
        this.meetings = meetings;
        this.viewer = viewer;
        this.directory = directory;
        this.engagements = engagements;
        this.clock = clock;
    }

    // Who may do what

    static boolean organiser(Viewer v) {
        return v.roles().contains(Role.ADMINISTRATOR) || v.roles().contains(Role.COOPERATION_MANAGER);
    }

    public boolean isOrganiser() {
        return organiser(viewer.get());
    }

    private Viewer reader() {
        var v = viewer.get();
        if (v.isAnonymous()) {
            throw new AccessDeniedException("Sign in to see brokerage events");
        }
        return v;
    }

    private void requireOrganiser() {
        if (!organiser(reader())) {
            throw new AccessDeniedException("Only organisers (administrators and cooperation managers) may do this");
        }
    }

    /** Whether the viewer speaks for this participant: an organiser, or a partner user of its organization. */
    private boolean speaksFor(Viewer v, ForumParticipant p) {
        return organiser(v) || (v.isPartner() && v.organization() != null && v.organization().equals(p.getOrganization()));
    }

    /** Whether the viewer may read this participant in full: staff, or its own organization's partner user. */
    private boolean reads(Viewer v, ForumParticipant p) {
        return v.isStaff() || v.readScope().permits(p.getAccess());
    }

    // Events

    public EventView create(EngagementId engagement, EventDraft draft, boolean sample) {
        requireOrganiser();
        var summary = engagements.summaries(List.of(engagement)).get(engagement);
        if (summary == null) {
            throw new RuleViolationException("forum.unknown-engagement", "No such engagement: " + engagement);
        }
        if (summary.kind() != EngagementKind.FORUM) {
            throw new RuleViolationException("forum.not-a-forum", "A brokerage event belongs to a forum engagement");
        }
        var event = new BrokerageEvent(engagement.value(), draft.title(), draft.timeZone(), sample, Instant.now(clock));
        event.configure(draft);
        return view(events.saveAndFlush(event));
    }

    public EventView update(UUID id, long expectedVersion, EventDraft draft) {
        requireOrganiser();
        var event = event(id);
        Versions.check("brokerage event", id, expectedVersion, event.getVersion());
        event.configure(draft);
        events.flush();
        return view(event);
    }

    @Transactional(readOnly = true)
    public List<EventView> list() {
        reader();
        return events.findAllByOrderByCreatedAtDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public EventView read(UUID id) {
        reader();
        return view(event(id));
    }

    BrokerageEvent event(UUID id) {
        reader();
        return events.findById(id).orElseThrow(() -> new NotFoundException("brokerage event", id));
    }

    /** The event held at a forum engagement, if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<EventView> atEngagement(UUID engagement) {
        return events.findFirstByEngagement(engagement).map(this::view);
    }

    /** Publishes the current placements as the preliminary or final agenda. */
    public EventView publish(UUID id, AgendaStatus stage) {
        requireOrganiser();
        if (stage == AgendaStatus.NONE) {
            throw new RuleViolationException("forum.publish-stage", "Publish a PRELIMINARY or FINAL agenda");
        }
        var event = event(id);
        if (event.getAgendaStatus() == AgendaStatus.FINAL && stage == AgendaStatus.PRELIMINARY) {
            throw new RuleViolationException("forum.already-final", "The final agenda is published already");
        }
        meetings.findByEventOrderByCreatedAtAscIdAsc(id).forEach(ForumMeeting::publish);
        event.publish(stage);
        events.flush();
        return view(event);
    }

    EventView view(BrokerageEvent e) {
        var zone = e.zone();
        return new EventView(e.getId(), e.getVersion(), e.getEngagement(), e.getTitle(), e.getTimeZone(),
                e.getSharedTables(), e.getRegistrationOpens(), e.getRegistrationCloses(), e.getMaxMeetings(),
                e.typeCaps(), e.getAgendaStatus().name(), e.isSample(),
                e.getSlots().stream().map(s -> SlotView.of(s, zone)).toList(), organiser(viewer.get()));
    }

    // Registration

    public ParticipantView register(UUID eventId, ParticipantDraft draft) {
        var v = reader();
        var event = event(eventId);
        UUID organization = draft.organization();
        if (v.isPartner()) {
            if (organization != null && !organization.equals(v.organization())) {
                throw new AccessDeniedException("A partner user registers people of its own organization only");
            }
            organization = v.organization();
            if (!event.registrationOpenOn(LocalDate.now(clock.withZone(event.zone())))) {
                throw new RuleViolationException("forum.registration-closed", "Registration is not open");
            }
        } else if (!organiser(v)) {
            throw new AccessDeniedException("Only organisers and partner users register participants");
        }
        if (organization == null) {
            throw new RuleViolationException("forum.organization-required", "Name the participant's organization");
        }
        var org = directory.summary(new OrganizationId(organization))
                .orElseThrow(() -> new RuleViolationException("forum.unknown-organization", "No such organization"));
        String personName = draft.personName() == null ? "" : draft.personName().strip();
        if (draft.person() != null) {
            var name = directory.personNames(List.of(new PersonId(draft.person()))).get(new PersonId(draft.person()));
            if (name == null) {
                throw new RuleViolationException("forum.unknown-person", "No such person");
            }
            personName = name;
        }
        if (personName.isBlank()) {
            throw new RuleViolationException("forum.person-required", "Name the person who takes part");
        }
        var participant = new ForumParticipant(eventId, organization, org.name(), draft.person(), personName, false,
                Instant.now(clock));
        describe(event, participant, draft);
        return ParticipantView.of(participants.saveAndFlush(participant), true);
    }

    /**
     * A sample participant for the demo, not saved yet: an approved person of a sample organization
     * named only here (checked as a registration is).
     */
    ForumParticipant sampleParticipant(BrokerageEvent event, @Nullable UUID organization, String organizationName,
            String personName, ParticipantDraft draft) {
        var participant = new ForumParticipant(event.getId(), organization, organizationName, null, personName, true,
                Instant.now(clock));
        describe(event, participant, draft);
        participant.approve();
        return participant;
    }

    /**
     * The demo loader's bulk path: a new event's sample participants and meetings, made in memory
     * (the loader keeps the marketplace's rules: no pair twice, nobody over its cap), saved in one
     * transaction with JDBC batch inserts instead of a request, an accept and a reload of every
     * meeting of the event for each.
     */
    void saveSamples(UUID eventId, List<ForumParticipant> people, List<ForumMeeting> made) {
        requireOrganiser();
        if (!meetings.findByEventOrderByCreatedAtAscIdAsc(eventId).isEmpty()) {
            throw new IllegalStateException("Sample meetings go only into a new event");
        }
        if (people.stream().anyMatch(p -> !p.getEvent().equals(eventId) || !p.isSample())
                || made.stream().anyMatch(m -> !m.getEvent().equals(eventId))) {
            throw new IllegalArgumentException("Samples of another event");
        }
        entityManager.unwrap(org.hibernate.Session.class).setJdbcBatchSize(SAMPLE_BATCH);
        participants.saveAll(people);
        meetings.saveAll(made);
        meetings.flush();
    }

    static final int SAMPLE_BATCH = 100;

    private void describe(BrokerageEvent event, ForumParticipant participant, ParticipantDraft draft) {
        var codes = event.getSlots().stream().map(SlotRow::code).collect(Collectors.toSet());
        for (String code : draft.unavailable()) {
            if (!codes.contains(code)) {
                throw new RuleViolationException("forum.unknown-slot", "No slot " + code);
            }
        }
        String booth = blank(draft.booth());
        if (booth != null && booth.startsWith("T-")) {
            throw new RuleViolationException("forum.booth-name", "Booth names cannot start with T- (shared tables)");
        }
        participant.describe(draft.type(), blank(draft.email()), blank(draft.language()), blank(draft.profile()),
                blank(draft.offers()), blank(draft.wants()), booth);
        participant.unavailableIn(draft.unavailable());
    }

    public ParticipantView update(UUID id, long expectedVersion, ParticipantDraft draft) {
        var v = reader();
        var p = participant(id);
        if (!speaksFor(v, p)) {
            throw new AccessDeniedException("Only the organiser or the participant's organization may change it");
        }
        Versions.check("participant", id, expectedVersion, p.getVersion());
        describe(event(p.getEvent()), p, draft);
        participants.flush();
        return ParticipantView.of(p, true);
    }

    /**
     * Sets the slots a participant can attend (every other slot of the event becomes unavailable):
     * the participant's own organization or the organiser.
     */
    public ParticipantView availability(UUID id, long expectedVersion, Collection<String> available) {
        var v = reader();
        var p = participant(id);
        if (!speaksFor(v, p)) {
            throw new AccessDeniedException("Only the organiser or the participant's organization may change it");
        }
        Versions.check("participant", id, expectedVersion, p.getVersion());
        var codes = codes(event(p.getEvent()));
        for (String code : available) {
            if (!codes.contains(code)) {
                throw new RuleViolationException("forum.unknown-slot", "No slot " + code);
            }
        }
        var ticked = Set.copyOf(available);
        p.unavailableIn(codes.stream().filter(c -> !ticked.contains(c)).toList());
        participants.flush();
        return ParticipantView.of(p, true);
    }

    public ParticipantView approve(UUID id, boolean approved) {
        var p = participant(id);
        requireOrganiser();
        if (approved) {
            p.approve();
        } else {
            p.reject();
        }
        participants.flush();
        return ParticipantView.of(p, true);
    }

    /** A participant the viewer may read in full, or 404. */
    ForumParticipant participant(UUID id) {
        var v = reader();
        return participants.findById(id).filter(p -> reads(v, p))
                .orElseThrow(() -> new NotFoundException("participant", id));
    }

    @Transactional(readOnly = true)
    public ParticipantView readParticipant(UUID id) {
        var p = participant(id);
        return ParticipantView.of(p, speaksFor(viewer.get(), p));
    }

    /** Every registration of the event (organisers and staff), or the viewer's own organization's. */
    @Transactional(readOnly = true)
    public List<ParticipantView> registrations(UUID eventId) {
        var v = reader();
        event(eventId);
        return participants.findByEventOrderByOrganizationNameAscPersonNameAsc(eventId).stream()
                .filter(p -> reads(v, p)).map(p -> ParticipantView.of(p, speaksFor(v, p))).toList();
    }

    /** The marketplace: approved participants' profiles, filtered by text (name, profile, offers, wants) and type. */
    @Transactional(readOnly = true)
    public List<ProfileView> marketplace(UUID eventId, @Nullable String text, @Nullable ParticipantType type) {
        var v = reader();
        event(eventId);
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return participants.findByEventOrderByOrganizationNameAscPersonNameAsc(eventId).stream()
                .filter(p -> p.getStatus() == ForumParticipant.Status.APPROVED)
                .filter(p -> type == null || p.getType() == type)
                .filter(p -> needle == null || haystack(p).contains(needle))
                .map(p -> ProfileView.of(p, v.isPartner() && speaksFor(v, p))).toList();
    }

    private static String haystack(ForumParticipant p) {
        return String.join(" ", p.getPersonName(), p.getOrganizationName(), Objects.toString(p.getProfile(), ""),
                Objects.toString(p.getOffers(), ""), Objects.toString(p.getWants(), "")).toLowerCase(Locale.ROOT);
    }

    // Meetings

    /** A meeting request from one participant to another, with a note. */
    public MeetingView request(UUID eventId, UUID from, UUID to, @Nullable String note) {
        var v = reader();
        var event = event(eventId);
        var requester = participants.findById(from).filter(p -> reads(v, p))
                .orElseThrow(() -> new NotFoundException("participant", from));
        if (!requester.getEvent().equals(eventId)) {
            throw new RuleViolationException("forum.unknown-participant", "No such participant at this event: " + from);
        }
        if (!speaksFor(v, requester)) {
            throw new AccessDeniedException("Request meetings for your own organization's participants");
        }
        var receiver = participants.findById(to).filter(p -> p.getEvent().equals(eventId)
                && p.getStatus() == ForumParticipant.Status.APPROVED)
                .orElseThrow(() -> new RuleViolationException("forum.unknown-participant", "No such participant: " + to));
        requester.requireApproved();
        if (requester.getId().equals(receiver.getId())) {
            throw new RuleViolationException("forum.self-meeting", "A participant cannot meet itself");
        }
        var pair = Set.of(requester.getId(), receiver.getId());
        boolean open = meetings.findByEventOrderByCreatedAtAscIdAsc(eventId).stream()
                .anyMatch(m -> (m.getStatus() == Status.REQUESTED || m.getStatus() == Status.ACCEPTED)
                        && Set.copyOf(m.participants()).equals(pair));
        if (open) {
            throw new RuleViolationException("forum.duplicate-request", "These two already have a request or a meeting");
        }
        var meeting = new ForumMeeting(event.getId(), List.of(requester, receiver), blank(note), Status.REQUESTED,
                Instant.now(clock));
        return view(meetings.save(meeting), byId(eventId), v);
    }

    /** A meeting the organiser makes directly (two participants, or a group of three or more): accepted at once. */
    public MeetingView add(UUID eventId, List<UUID> who, @Nullable String note) {
        requireOrganiser();
        var event = event(eventId);
        var people = byId(eventId);
        var distinct = who.stream().distinct().toList();
        if (distinct.size() < 2) {
            throw new RuleViolationException("forum.too-few-participants", "A meeting has two or more participants");
        }
        var list = new ArrayList<ForumParticipant>();
        for (UUID id : distinct) {
            var p = people.get(id);
            if (p == null) {
                throw new RuleViolationException("forum.unknown-participant", "No such participant: " + id);
            }
            p.requireApproved();
            list.add(p);
        }
        var meeting = new ForumMeeting(event.getId(), list, blank(note), Status.ACCEPTED, Instant.now(clock));
        checkCaps(event, meeting, people);
        return view(meetings.save(meeting), people, viewer.get());
    }

    public MeetingView accept(UUID id) {
        var v = reader();
        var meeting = meeting(id);
        var people = byId(meeting.getEvent());
        requireReceiver(v, meeting, people);
        checkCaps(event(meeting.getEvent()), meeting, people);
        meeting.accept();
        meetings.flush();
        return view(meeting, people, v);
    }

    public MeetingView decline(UUID id) {
        var v = reader();
        var meeting = meeting(id);
        var people = byId(meeting.getEvent());
        requireReceiver(v, meeting, people);
        meeting.decline();
        meetings.flush();
        return view(meeting, people, v);
    }

    /** Cancels a request or meeting: the organiser, or any participant's organization. */
    public MeetingView cancel(UUID id) {
        var v = reader();
        var meeting = meeting(id);
        var people = byId(meeting.getEvent());
        if (!organiser(v) && meeting.participants().stream().map(people::get).filter(Objects::nonNull)
                .noneMatch(p -> speaksFor(v, p))) {
            throw new AccessDeniedException("Only the organiser or a participant cancels a meeting");
        }
        meeting.cancel();
        meetings.flush();
        return view(meeting, people, v);
    }

    public MeetingView lock(UUID id, boolean locked) {
        var meeting = meeting(id);
        requireOrganiser();
        meeting.lock(locked);
        meetings.flush();
        return view(meeting, byId(meeting.getEvent()), viewer.get());
    }

    /** Places an accepted meeting by hand (slot null: takes it out), checked against the hard rules. */
    public MeetingView place(UUID id, long expectedVersion, @Nullable String slot, @Nullable String table) {
        var meeting = meeting(id);
        requireOrganiser();
        Versions.check("meeting", id, expectedVersion, meeting.getVersion());
        if (meeting.getStatus() != Status.ACCEPTED) {
            throw new RuleViolationException("forum.not-accepted", "Only accepted meetings are placed");
        }
        if (meeting.isLocked()) {
            throw new RuleViolationException("forum.hard.rule-4", "Unlock the meeting before moving it");
        }
        var event = event(meeting.getEvent());
        var people = byId(event.getId());
        String chosen = table;
        if (slot != null) {
            var booth = meeting.participants().stream().map(people::get).filter(p -> p != null && p.getBooth() != null)
                    .map(ForumParticipant::getBooth).findFirst();
            if (chosen == null || chosen.isBlank()) {
                chosen = booth.orElseGet(() -> freeTable(event, slot, meeting.getId()));
            }
        }
        var all = meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId());
        var instance = PlanningProblems.of(event, people.values(), all, List.of());
        var placements = new ArrayList<org.liaison.forum.schedule.Placement>();
        for (var m : PlanningProblems.accepted(all)) {
            if (m.getId().equals(meeting.getId())) {
                if (slot != null) {
                    placements.add(new org.liaison.forum.schedule.Placement(m.getId().toString(), slot, Objects.requireNonNull(chosen)));
                }
            } else if (m.getSlot() != null && m.getTable() != null) {
                placements.add(new org.liaison.forum.schedule.Placement(m.getId().toString(), m.getSlot(), m.getTable()));
            }
        }
        if (slot != null && event.slot(slot) == null) {
            throw new RuleViolationException("forum.unknown-slot", "No slot " + slot);
        }
        var broken = solver.check(instance, placements);
        if (broken.isPresent()) {
            throw new RuleViolationException("forum.hard." + broken.get().rule(), broken.get().message());
        }
        meeting.place(slot, chosen);
        meetings.flush();
        return view(meeting, people, viewer.get());
    }

    private String freeTable(BrokerageEvent event, String slot, UUID except) {
        var taken = meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId()).stream()
                .filter(m -> !m.getId().equals(except) && slot.equals(m.getSlot())).map(ForumMeeting::getTable)
                .collect(Collectors.toSet());
        for (int t = 1; t <= event.getSharedTables(); t++) {
            if (!taken.contains("T-" + t)) {
                return "T-" + t;
            }
        }
        return "T-1"; // every shared table is taken: the validator names the rule this breaks
    }

    /** The event's meetings the viewer may see: all for staff, those of its own participants for a partner. */
    @Transactional(readOnly = true)
    public List<MeetingView> meetings(UUID eventId) {
        var v = reader();
        event(eventId);
        var people = byId(eventId);
        return meetings.findByEventOrderByCreatedAtAscIdAsc(eventId).stream().filter(m -> visible(v, m))
                .map(m -> view(m, people, v)).toList();
    }

    @Transactional(readOnly = true)
    public MeetingView readMeeting(UUID id) {
        var meeting = meeting(id);
        return view(meeting, byId(meeting.getEvent()), viewer.get());
    }

    ForumMeeting meeting(UUID id) {
        var v = reader();
        return meetings.findById(id).filter(m -> visible(v, m)).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    private boolean visible(Viewer v, ForumMeeting m) {
        return v.isStaff() || (v.organization() != null && v.isPartner() && m.organizations().contains(v.organization()));
    }

    private void requireReceiver(Viewer v, ForumMeeting meeting, Map<UUID, ForumParticipant> people) {
        var receivers = meeting.participants().subList(1, meeting.participants().size());
        if (!organiser(v) && receivers.stream().map(people::get).filter(Objects::nonNull).noneMatch(p -> speaksFor(v, p))) {
            throw new AccessDeniedException("Only the receiver or the organiser answers a request");
        }
    }

    /** Accepting must leave every participant within its cap (the event's, or its type's). */
    private void checkCaps(BrokerageEvent event, ForumMeeting meeting, Map<UUID, ForumParticipant> people) {
        var accepted = meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId()).stream()
                .filter(m -> m.getStatus() == Status.ACCEPTED && !m.getId().equals(meeting.getId())).toList();
        for (UUID id : meeting.participants()) {
            var p = people.get(id);
            Integer cap = p == null ? null : event.capFor(p.getType());
            if (cap != null && accepted.stream().filter(m -> m.participants().contains(id)).count() >= cap) {
                throw new RuleViolationException("forum.cap-reached",
                        p.getPersonName() + " has " + cap + " accepted meetings, the most allowed",
                        Map.of("participant", id.toString(), "cap", cap));
            }
        }
    }

    Map<UUID, ForumParticipant> byId(UUID eventId) {
        return participants.findByEventOrderByOrganizationNameAscPersonNameAsc(eventId).stream()
                .collect(Collectors.toMap(ForumParticipant::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    MeetingView view(ForumMeeting m, Map<UUID, ForumParticipant> people, Viewer v) {
        var receivers = m.participants().subList(1, m.participants().size());
        boolean canAnswer = m.getStatus() == Status.REQUESTED && (organiser(v)
                || receivers.stream().map(people::get).filter(Objects::nonNull).anyMatch(p -> speaksFor(v, p)));
        return new MeetingView(m.getId(), m.getVersion(), m.getEvent(), who(m.participants(), people), m.getRequestedBy(),
                m.getNote(), m.getStatus().name(), m.getWeight(), m.getSlot(), m.getTable(), m.isLocked(),
                m.getPublishedSlot(), m.getPublishedTable(), m.getOutcome(), m.getProposedStage(),
                m.getLoggedEngagement(), canAnswer);
    }

    static List<Who> who(Collection<UUID> ids, Map<UUID, ForumParticipant> people) {
        return ids.stream().map(people::get).filter(Objects::nonNull)
                .map(p -> new Who(p.getId(), p.getPersonName(), p.getOrganizationName(), p.isSample())).toList();
    }

    // Agendas and the table plan

    /** A participant's published agenda, in the forum's time zone. */
    @Transactional(readOnly = true)
    public AgendaView agenda(UUID participantId) {
        var p = participant(participantId);
        var event = event(p.getEvent());
        var people = byId(event.getId());
        var zone = event.zone();
        var entries = new ArrayList<AgendaEntry>();
        if (event.getAgendaStatus() != AgendaStatus.NONE) {
            for (var m : meetings.findByEventOrderByCreatedAtAscIdAsc(event.getId())) {
                if (m.getStatus() == Status.ACCEPTED && m.getPublishedSlot() != null && m.participants().contains(p.getId())) {
                    var slot = event.slot(m.getPublishedSlot());
                    if (slot != null) {
                        var others = m.participants().stream().filter(id -> !id.equals(p.getId())).toList();
                        entries.add(new AgendaEntry(m.getId(), SlotView.of(slot, zone),
                                Objects.requireNonNull(m.getPublishedTable()), who(others, people), m.getNote()));
                    }
                }
            }
        }
        entries.sort(Comparator.comparing(e -> e.slot().startsAt()));
        return new AgendaView(ParticipantView.of(p, speaksFor(viewer.get(), p)), event.getTitle(), event.getTimeZone(),
                event.getAgendaStatus().name(), entries);
    }

    /** The organiser's table plan: for each slot, the tables in use and who sits there (current placements). */
    @Transactional(readOnly = true)
    public List<TablePlanSlot> tablePlan(UUID eventId) {
        var v = reader();
        if (!v.isStaff()) {
            throw new AccessDeniedException("The table plan is the organiser's");
        }
        var event = event(eventId);
        var people = byId(eventId);
        var bySlot = new HashMap<String, List<TableSeat>>();
        for (var m : meetings.findByEventOrderByCreatedAtAscIdAsc(eventId)) {
            if (m.getStatus() == Status.ACCEPTED && m.getSlot() != null) {
                bySlot.computeIfAbsent(m.getSlot(), k -> new ArrayList<>()).add(new TableSeat(
                        Objects.requireNonNull(m.getTable()), m.getId(), who(m.participants(), people), m.isLocked()));
            }
        }
        return event.getSlots().stream().map(s -> new TablePlanSlot(SlotView.of(s, event.zone()),
                bySlot.getOrDefault(s.code(), List.of()).stream().sorted(Comparator.comparing(TableSeat::table,
                        ForumService::tableOrder)).toList())).toList();
    }

    static int tableOrder(String a, String b) {
        boolean sa = a.startsWith("T-");
        boolean sb = b.startsWith("T-");
        if (sa && sb) {
            return Integer.compare(Integer.parseInt(a.substring(2)), Integer.parseInt(b.substring(2)));
        }
        return sa == sb ? a.compareTo(b) : sa ? -1 : 1;
    }

    /** Participants of the event the viewer speaks for (own organization's, or all for organisers). */
    @Transactional(readOnly = true)
    public List<ParticipantView> mine(UUID eventId) {
        var v = reader();
        return participants.findByEventOrderByOrganizationNameAscPersonNameAsc(eventId).stream()
                .filter(p -> v.isPartner() ? speaksFor(v, p) : organiser(v))
                .filter(p -> p.getStatus() == ForumParticipant.Status.APPROVED)
                .map(p -> ParticipantView.of(p, true)).toList();
    }

    static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Set<String> codes(BrokerageEvent event) {
        return event.getSlots().stream().map(SlotRow::code).collect(Collectors.toCollection(HashSet::new));
    }
}
