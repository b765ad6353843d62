package org.liaison.forum.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.ProposedStage;
import org.liaison.forum.internal.BrokerageEvent.AgendaStatus;
import org.liaison.forum.internal.EventDraft;
import org.liaison.forum.internal.ParticipantDraft;
import org.liaison.forum.internal.ParticipantType;
import org.liaison.forum.internal.SlotPlan;

/** The JSON bodies of the forum API. */
final class Bodies {

    private Bodies() {}

    /** A brokerage event: slots are generated on each day from dayStart while a slot of slotMinutes ends by dayEnd. */
    record EventBody(@Nullable UUID engagementId, @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 64) String timeZone, @NotEmpty @Size(max = 14) List<@NotNull LocalDate> days,
            @NotNull LocalTime dayStart, @NotNull LocalTime dayEnd, @Min(5) @Max(240) int slotMinutes,
            @Min(0) @Max(10000) int sharedTables, @Nullable LocalDate registrationOpens,
            @Nullable LocalDate registrationCloses, @Nullable @Min(1) @Max(100) Integer maxMeetings,
            @Nullable Map<ParticipantType, @NotNull @Min(1) @Max(100) Integer> typeCaps, @Nullable Long version) {

        EventDraft toDraft() {
            return new EventDraft(title, timeZone, new SlotPlan(days, dayStart, dayEnd, slotMinutes), sharedTables,
                    registrationOpens, registrationCloses, maxMeetings, typeCaps == null ? Map.of() : typeCaps);
        }
    }

    record ParticipantBody(@Nullable UUID organizationId, @Nullable UUID personId, @Nullable @Size(max = 300) String personName,
            @NotNull ParticipantType type, @Nullable @Size(max = 320) @jakarta.validation.constraints.Email String email,
            @Nullable @Size(max = 8) String language, @Nullable @Size(max = 2000) String profile,
            @Nullable @Size(max = 2000) String offers, @Nullable @Size(max = 2000) String wants,
            @Nullable @Size(max = 32) String booth, @Nullable @Size(max = 500) List<@NotBlank String> unavailable,
            @Nullable Long version) {

        ParticipantDraft toDraft() {
            return new ParticipantDraft(organizationId, personId, personName, type, email, language, profile, offers,
                    wants, booth, unavailable == null ? List.of() : unavailable);
        }
    }

    record RequestBody(@NotNull UUID from, @NotNull UUID to, @Nullable @Size(max = 2000) String note) {}

    record GroupBody(@NotNull @Size(min = 2, max = 20) List<@NotNull UUID> participants,
            @Nullable @Size(max = 2000) String note) {}

    record PlacementBody(@Nullable @Size(max = 32) String slot, @Nullable @Size(max = 32) String table,
            @Nullable Long version) {}

    record PublishBody(@NotNull AgendaStatus stage) {}

    record OutcomeBody(@NotBlank @Size(max = 2000) String outcome, @Nullable ProposedStage stage) {}

    record ItemsJson<T>(List<T> items) {}
}
