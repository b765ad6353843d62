package org.liaison.forum.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessControl;
import org.liaison.shared.RuleViolationException;

/**
 * A person registered for an organization at a brokerage event, with a profile, offers and
 * wants, a booth when it has one and the slots it cannot attend. Owned by its organization, so a
 * partner user reads its own organization's participants only (the marketplace shows others'
 * profiles, never their availability, requests or agenda).
 */
@Entity
@Table(name = "forum_participant")
public class ForumParticipant {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(name = "event_id", nullable = false)
    private UUID event;

    @Column(name = "organization_id")
    private @Nullable UUID organization;

    @Column(name = "organization_name", nullable = false, length = 500)
    private String organizationName;

    @Column(name = "person_id")
    private @Nullable UUID person;

    @Column(name = "person_name", nullable = false, length = 300)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_type", nullable = false, length = 32)
    private ParticipantType type;

    @Column(length = 320)
    private @Nullable String email;

    @Column(length = 8)
    private @Nullable String language;

    @Column(length = 2000)
    private @Nullable String profile;

    @Column(length = 2000)
    private @Nullable String offers;

    @Column(length = 2000)
    private @Nullable String wants;

    @Column(length = 32)
    private @Nullable String booth;

    /** Slot codes separated by spaces. */
    @Column(nullable = false, length = 4000)
    private String unavailable = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private boolean sample;

    @Embedded
    private AccessControl access;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ForumParticipant() {
        this.id = UUID.randomUUID();
        this.event = id;
        this.organizationName = "";
        this.personName = "";
        this.type = ParticipantType.OTHER;
        this.access = AccessControl.internal(null);
        this.createdAt = Instant.EPOCH;
    }

    ForumParticipant(UUID event, @Nullable UUID organization, String organizationName, @Nullable UUID person,
            String personName, boolean sample, Instant now) {
        this.id = UUID.randomUUID();
        this.event = event;
        this.organization = organization;
        this.organizationName = organizationName;
        this.person = person;
        this.personName = personName;
        this.sample = sample;
        this.access = AccessControl.internal(organization);
        this.type = ParticipantType.OTHER;
        this.createdAt = now;
    }

    void describe(ParticipantType type, @Nullable String email, @Nullable String language, @Nullable String profile,
            @Nullable String offers, @Nullable String wants, @Nullable String booth) {
        this.type = type;
        this.email = email;
        this.language = language;
        this.profile = profile;
        this.offers = offers;
        this.wants = wants;
        this.booth = booth;
    }

    /** Gives the participant a booth, or takes it away (null): its meetings are then hosted there. */
    void assignBooth(@Nullable String booth) {
        this.booth = booth;
    }

    void unavailableIn(Collection<String> slots) {
        this.unavailable = slots.stream().distinct().sorted().collect(Collectors.joining(" "));
    }

    /** Its unavailability follows the event's new slots by their moment; slots whose moment is gone drop out. */
    void followSlots(SlotMoves moves) {
        if (moves.changed() && !unavailable.isBlank()) {
            unavailableIn(moves.codes(unavailable()));
        }
    }

    void approve() {
        this.status = Status.APPROVED;
    }

    void reject() {
        this.status = Status.REJECTED;
    }

    void requireApproved() {
        if (status != Status.APPROVED) {
            throw new RuleViolationException("forum.participant-not-approved",
                    "The participant's registration is not approved yet");
        }
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public UUID getEvent() {
        return event;
    }

    public @Nullable UUID getOrganization() {
        return organization;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public @Nullable UUID getPerson() {
        return person;
    }

    public String getPersonName() {
        return personName;
    }

    public ParticipantType getType() {
        return type;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public @Nullable String getProfile() {
        return profile;
    }

    public @Nullable String getOffers() {
        return offers;
    }

    public @Nullable String getWants() {
        return wants;
    }

    public @Nullable String getBooth() {
        return booth;
    }

    public Set<String> unavailable() {
        return unavailable.isBlank() ? Set.of()
                : Arrays.stream(unavailable.split(" ")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Status getStatus() {
        return status;
    }

    public boolean isSample() {
        return sample;
    }

    public AccessControl getAccess() {
        return access;
    }
}
