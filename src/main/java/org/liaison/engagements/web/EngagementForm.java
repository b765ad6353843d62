package org.liaison.engagements.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.ProposedStage;
import org.liaison.engagements.internal.EngagementDraft;
import org.liaison.engagements.internal.EngagementView;
import org.liaison.engagements.internal.Schedule;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The engagement form as posted: what, when (local date and time on site, and the place's time
 * zone), where, who on each side, notes and outcome, the stage the outcome proposes for the
 * partners' relationships, and optionally a follow-up (title, owner's user name, due date).
 *
 * @param version the version the user edited; null when logging a new engagement
 */
record EngagementForm(
        @Nullable @NotNull EngagementKind kind,
        @Nullable @NotBlank @Size(max = 500) String title,
        @Nullable @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime start,
        @Nullable @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime end,
        @Nullable @NotBlank @Size(max = 64) String timeZone,
        @Nullable @Size(max = 500) String place,
        @Nullable @Size(max = 200) String city,
        @Nullable @Pattern(regexp = "[A-Za-z]{2}") String country,
        @Nullable @Size(max = 4000) String description,
        @Nullable @Size(max = 4000) String notes,
        @Nullable @Size(max = 4000) String outcomes,
        @Nullable ProposedStage proposedStage,
        @Nullable UUID parent,
        @Valid List<ParticipantRow> participants,
        @Nullable @Size(max = 500) String followUpTitle,
        @Nullable @Size(max = 100) String followUpOwner,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpDue,
        @Nullable Long version) {

    EngagementForm {
        participants = participants == null ? List.of()
                : participants.stream().filter(p -> p != null && p.kept()).toList();
        title = blankToNull(title);
        timeZone = blankToNull(timeZone);
        place = blankToNull(place);
        city = blankToNull(city);
        country = blankToNull(country);
        description = blankToNull(description);
        notes = blankToNull(notes);
        outcomes = blankToNull(outcomes);
        followUpTitle = blankToNull(followUpTitle);
        followUpOwner = blankToNull(followUpOwner);
    }

    static EngagementForm empty(@Nullable UUID parent, @Nullable EngagementKind kind, String timeZone,
            List<ParticipantRow> participants) {
        return new EngagementForm(kind, null, null, null, timeZone, null, null, null, null, null, null, null, parent,
                participants, null, null, null, null);
    }

    static EngagementForm of(EngagementView view, List<org.liaison.engagements.internal.ParticipantView> participants) {
        return new EngagementForm(view.kind(), view.title(), view.start().toLocalDateTime(),
                view.end() == null ? null : view.end().toLocalDateTime(), view.timeZone(), view.place(), view.city(),
                view.country(), view.description(), view.notes(), view.outcomes(), view.proposedStage(), view.parent(),
                participants.stream().map(ParticipantRow::of).toList(), null, null, null, view.version());
    }

    boolean hasFollowUp() {
        return followUpTitle != null;
    }

    /** The draft the engagement service takes; call after validation. */
    EngagementDraft toDraft() {
        return new EngagementDraft(kind == null ? EngagementKind.MEETING : kind, title == null ? "" : title,
                Schedule.of(start == null ? LocalDateTime.MIN : start, end, timeZone == null ? "" : timeZone), place, city,
                country, description, notes, outcomes, parent,
                participants.stream().map(ParticipantRow::toInput).toList(), proposedStage);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
