package org.liaison.engagements.internal;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RuleViolationException;

/** One participant of an engagement: an organization or a person of the directory, by id, and its side. */
@Embeddable
public class Participant {

    @Column(name = "organization_id")
    private @Nullable UUID organization;

    @Column(name = "person_id")
    private @Nullable UUID person;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 16)
    private Side side = Side.PARTNER;

    @Column(name = "role", length = 200)
    private @Nullable String role;

    protected Participant() {}

    private Participant(@Nullable UUID organization, @Nullable UUID person, Side side, @Nullable String role) {
        if ((organization == null) == (person == null)) {
            throw new RuleViolationException("participant-organization-or-person",
                    "A participant is either an organization or a person");
        }
        this.organization = organization;
        this.person = person;
        this.side = side;
        this.role = role;
    }

    public static Participant organization(UUID organization, Side side, @Nullable String role) {
        return new Participant(organization, null, side, role);
    }

    public static Participant person(UUID person, Side side, @Nullable String role) {
        return new Participant(null, person, side, role);
    }

    public @Nullable UUID organization() {
        return organization;
    }

    public @Nullable UUID person() {
        return person;
    }

    public Side side() {
        return side;
    }

    public @Nullable String role() {
        return role;
    }

    /** The same participant, with another organization (after a merge). */
    Participant withOrganization(UUID other) {
        return new Participant(other, null, side, role);
    }

    boolean sameAs(Participant other) {
        return Objects.equals(organization, other.organization) && Objects.equals(person, other.person);
    }
}
