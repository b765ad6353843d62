package org.liaison.engagements.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.ProposedStage;
import org.liaison.engagements.internal.EngagementDraft;
import org.liaison.engagements.internal.Schedule;
import org.liaison.shared.RuleViolationException;

/** An engagement as a client sends it. Start and end are local times in {@code timeZone}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "EngagementInput")
record EngagementBody(
        @NotBlank @Schema(description = "FORUM, CONFERENCE, VISIT, DELEGATION, MEETING or CALL", example = "MEETING") String kind,
        @NotBlank @Size(max = 500) String title,
        @NotNull @Schema(description = "Local date and time on site", example = "2012-04-26T10:00:00") LocalDateTime start,
        @Nullable @Schema(description = "Local date and time on site") LocalDateTime end,
        @NotBlank @Size(max = 64) @Schema(description = "IANA time zone of the place", example = "Asia/Tokyo") String timeZone,
        @Nullable @Size(max = 500) String place,
        @Nullable @Size(max = 200) String city,
        @Nullable @Schema(description = "ISO 3166-1 alpha-2", example = "JP") String country,
        @Nullable @Size(max = 4000) String description,
        @Nullable @Size(max = 4000) String notes,
        @Nullable @Size(max = 4000) String outcomes,
        @Nullable @Schema(description = "The forum, conference, visit or delegation this is part of") UUID parent,
        @Nullable @Size(max = 200) List<@Valid @NotNull ParticipantBody> participants,
        @Nullable @Schema(description = "The version the change is based on, when no If-Match is sent") Long version,
        @Nullable @Schema(description = "The stage the outcome proposes for the relationships with the partner "
                + "organizations: CONTACTED, ENGAGED or NEGOTIATING (relationships only move forward)", example = "CONTACTED") String proposedStage) {

    EngagementDraft toDraft() {
        return new EngagementDraft(parseKind(kind), title, Schedule.of(start, end, timeZone), place, city, country,
                description, notes, outcomes, parent,
                participants == null ? List.of() : participants.stream().map(ParticipantBody::toInput).toList(),
                proposedStage == null || proposedStage.isBlank() ? null
                        : ProposedStage.parse(proposedStage).orElseThrow(() -> new RuleViolationException(
                                "invalid-proposed-stage", "Not a stage an outcome may propose: " + proposedStage)));
    }

    static EngagementKind parseKind(String kind) {
        return EngagementKind.parse(kind).orElseThrow(() -> new RuleViolationException("invalid-engagement-kind",
                "Not a kind of engagement: " + kind));
    }
}
