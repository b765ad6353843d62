package org.liaison.engagements.api;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.internal.ParticipantInput;
import org.liaison.engagements.internal.Side;
import org.liaison.shared.RuleViolationException;

/** A participant: exactly one of organization and person, and the side. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ParticipantInput")
record ParticipantBody(
        @Nullable @Schema(description = "An organization of the directory") UUID organization,
        @Nullable @Schema(description = "A person of the directory") UUID person,
        @NotBlank @Schema(description = "HUB (our side) or PARTNER (theirs)", example = "PARTNER") String side,
        @Nullable @Size(max = 200) String role) {

    ParticipantInput toInput() {
        Side parsed;
        try {
            parsed = Side.valueOf(side.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("invalid-side", "The side is HUB or PARTNER");
        }
        return new ParticipantInput(organization, person, parsed, role);
    }
}
