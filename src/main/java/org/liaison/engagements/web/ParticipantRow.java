package org.liaison.engagements.web;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.internal.ParticipantInput;
import org.liaison.engagements.internal.ParticipantView;
import org.liaison.engagements.internal.Side;

/**
 * One participant row of the engagement form: an organization or a person of the directory (by id,
 * picked from it), the side, the role they had, the name shown, and whether the user removed it.
 */
record ParticipantRow(@Nullable UUID organization, @Nullable UUID person, @Nullable Side side,
        @Nullable @Size(max = 200) String role, @Nullable String name, @Nullable Boolean remove) {

    static ParticipantRow of(ParticipantView p) {
        return new ParticipantRow(p.organization(), p.person(), p.side(), p.role(), p.name(), null);
    }

    boolean kept() {
        return !Boolean.TRUE.equals(remove) && (organization != null || person != null);
    }

    ParticipantInput toInput() {
        return new ParticipantInput(organization, person, side == null ? Side.PARTNER : side,
                role == null || role.isBlank() ? null : role.strip());
    }
}
