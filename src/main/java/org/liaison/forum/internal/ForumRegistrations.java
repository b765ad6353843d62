package org.liaison.forum.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;
import org.liaison.forum.internal.Views.ParticipantView;
import org.liaison.forum.internal.Views.ProfileView;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations at a brokerage event: a partner user registers its own organization's people
 * while registration is open, an organiser anyone at any time; the participant's organization or
 * the organiser changes its profile and availability; the organiser approves. The marketplace
 * shows approved participants' profiles to every signed-in user.
 */
@Service
@Transactional
public class ForumRegistrations {

    private final ForumParticipants participants;
    private final ForumMeetings meetings;
    private final ForumAccess access;
    private final ForumBooths booths;
    private final LockedPlacements locked;
    private final DirectoryQueries directory;
    private final Clock clock;

    ForumRegistrations(ForumParticipants participants, ForumMeetings meetings, ForumAccess access, ForumBooths booths,
            LockedPlacements locked, DirectoryQueries directory, Clock clock) {
        this.participants = participants;
        this.meetings = meetings;
        this.access = access;
        this.booths = booths;
        this.locked = locked;
        this.directory = directory;
        this.clock = clock;
    }

    public ParticipantView register(UUID eventId, ParticipantDraft draft) {
        var v = access.reader();
        var event = access.event(eventId);
        UUID organization = draft.organization();
        if (v.isPartner()) {
            if (organization != null && !organization.equals(v.organization())) {
                throw new AccessDeniedException("A partner user registers people of its own organization only");
            }
            organization = v.organization();
            if (!event.registrationOpenOn(LocalDate.now(clock.withZone(event.zone())))) {
                throw new RuleViolationException("forum.registration-closed", "Registration is not open");
            }
        } else if (!ForumAccess.organiser(v)) {
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
        booths.checkFree(event, participant, participant.getBooth());
        return ParticipantView.of(participants.saveAndFlush(participant), true);
    }

    /** Applies a registration's profile, booth and unavailable slots, checked against the event. */
    static void describe(BrokerageEvent event, ForumParticipant participant, ParticipantDraft draft) {
        var codes = event.getSlots().stream().map(SlotRow::code).collect(Collectors.toSet());
        for (String code : draft.unavailable()) {
            if (!codes.contains(code)) {
                throw new RuleViolationException("forum.unknown-slot", "No slot " + code);
            }
        }
        String booth = ForumAccess.blank(draft.booth());
        if (booth != null && booth.startsWith("T-")) {
            throw new RuleViolationException("forum.booth-name", "Booth names cannot start with T- (shared tables)");
        }
        participant.describe(draft.type(), ForumAccess.blank(draft.email()), ForumAccess.blank(draft.language()),
                ForumAccess.blank(draft.profile()), ForumAccess.blank(draft.offers()), ForumAccess.blank(draft.wants()), booth);
        participant.unavailableIn(draft.unavailable());
    }

    public ParticipantView update(UUID id, long expectedVersion, ParticipantDraft draft) {
        var v = access.reader();
        var p = access.participant(id);
        if (!ForumAccess.speaksFor(v, p)) {
            throw new AccessDeniedException("Only the organiser or the participant's organization may change it");
        }
        Versions.check("participant", id, expectedVersion, p.getVersion());
        var event = access.event(p.getEvent());
        String booth = p.getBooth();
        boolean placeable = locked.placeable(event, p.getId());
        describe(event, p, draft);
        keepLocked(p);
        if (!java.util.Objects.equals(booth, p.getBooth())) {
            booths.checkFree(event, p, p.getBooth());
            participants.flush();
            booths.retable(event);
        }
        if (placeable) {
            locked.requirePlaceable(event, p.getId()); // e.g. a type whose cap is below its locked meetings
        }
        participants.flush();
        return ParticipantView.of(p, true);
    }

    /**
     * Sets the slots a participant can attend (every other slot of the event becomes unavailable):
     * the participant's own organization or the organiser.
     */
    public ParticipantView availability(UUID id, long expectedVersion, Collection<String> available) {
        var v = access.reader();
        var p = access.participant(id);
        if (!ForumAccess.speaksFor(v, p)) {
            throw new AccessDeniedException("Only the organiser or the participant's organization may change it");
        }
        Versions.check("participant", id, expectedVersion, p.getVersion());
        var codes = access.event(p.getEvent()).getSlots().stream().map(SlotRow::code).toList();
        for (String code : available) {
            if (!codes.contains(code)) {
                throw new RuleViolationException("forum.unknown-slot", "No slot " + code);
            }
        }
        var ticked = Set.copyOf(available);
        p.unavailableIn(codes.stream().filter(c -> !ticked.contains(c)).toList());
        keepLocked(p);
        participants.flush();
        return ParticipantView.of(p, true);
    }

    /**
     * A locked meeting stays where it is, so its participants cannot become unavailable in its slot
     * (the scheduler would find the instance invalid and every run would fail): unlock it first.
     */
    private void keepLocked(ForumParticipant p) {
        var unavailable = p.unavailable();
        for (var m : meetings.findByEventAndLockedTrueOrderByCreatedAtAscIdAsc(p.getEvent())) {
            String slot = m.getSlot();
            if (m.getStatus() == ForumMeeting.Status.ACCEPTED && m.isLocked() && slot != null && unavailable.contains(slot)
                    && m.participants().contains(p.getId())) {
                throw new RuleViolationException("forum.locked-unavailable",
                        "A locked meeting holds " + p.getPersonName() + " in slot " + slot + ": unlock it first",
                        java.util.Map.of("meeting", m.getId().toString(), "slot", slot));
            }
        }
    }

    public ParticipantView approve(UUID id, boolean approved) {
        var p = access.participant(id);
        access.requireOrganiser();
        if (approved) {
            p.approve();
        } else {
            p.reject();
        }
        participants.flush();
        return ParticipantView.of(p, true);
    }

    @Transactional(readOnly = true)
    public ParticipantView readParticipant(UUID id) {
        var p = access.participant(id);
        return ParticipantView.of(p, ForumAccess.speaksFor(access.viewer(), p));
    }

    /** Every registration of the event (organisers and staff), or the viewer's own organization's. */
    @Transactional(readOnly = true)
    public List<ParticipantView> registrations(UUID eventId) {
        var v = access.reader();
        access.event(eventId);
        return participants.findByEventOrderByOrganizationNameAscPersonNameAsc(eventId).stream()
                .filter(p -> ForumAccess.reads(v, p)).map(p -> ParticipantView.of(p, ForumAccess.speaksFor(v, p))).toList();
    }

    /** The marketplace: approved participants' profiles, filtered by text (name, profile, offers, wants) and type. */
    @Transactional(readOnly = true)
    public List<ProfileView> marketplace(UUID eventId, @Nullable String text, @Nullable ParticipantType type) {
        var v = access.reader();
        access.event(eventId);
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return participants.findByEventOrderByOrganizationNameAscPersonNameAsc(eventId).stream()
                .filter(p -> p.getStatus() == ForumParticipant.Status.APPROVED)
                .filter(p -> type == null || p.getType() == type)
                .filter(p -> needle == null || haystack(p).contains(needle))
                .map(p -> ProfileView.of(p, v.isPartner() && ForumAccess.speaksFor(v, p))).toList();
    }

    private static String haystack(ForumParticipant p) {
        return String.join(" ", p.getPersonName(), p.getOrganizationName(), Objects.toString(p.getProfile(), ""),
                Objects.toString(p.getOffers(), ""), Objects.toString(p.getWants(), "")).toLowerCase(Locale.ROOT);
    }

    /** Approved participants of the event the viewer speaks for (own organization's, or all for organisers). */
    @Transactional(readOnly = true)
    public List<ParticipantView> mine(UUID eventId) {
        var v = access.reader();
        return participants.findByEventOrderByOrganizationNameAscPersonNameAsc(eventId).stream()
                .filter(p -> v.isPartner() ? ForumAccess.speaksFor(v, p) : ForumAccess.organiser(v))
                .filter(p -> p.getStatus() == ForumParticipant.Status.APPROVED)
                .map(p -> ParticipantView.of(p, true)).toList();
    }
}
