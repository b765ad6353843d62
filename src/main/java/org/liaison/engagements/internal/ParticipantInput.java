package org.liaison.engagements.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RuleViolationException;

/** An organization or a person of the directory taking part, on a side. */
public record ParticipantInput(@Nullable UUID organization, @Nullable UUID person, Side side, @Nullable String role) {

    Participant toParticipant() {
        if (organization != null && person == null) {
            return Participant.organization(organization, side, role);
        }
        if (person != null && organization == null) {
            return Participant.person(person, side, role);
        }
        throw new RuleViolationException("participant-organization-or-person",
                "A participant is either an organization or a person");
    }
}
