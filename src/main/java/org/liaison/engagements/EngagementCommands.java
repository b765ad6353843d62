package org.liaison.engagements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;

/**
 * What other modules (ingestion, imports) log as engagements, as the current viewer: only
 * administrators and cooperation managers may. Goes through the engagements' own service, so
 * {@link EngagementLogged} is published as for an engagement entered on the pages.
 */
public interface EngagementCommands {

    /** Someone or some organization taking part, on the hub's side or the partner's. */
    record Participant(@Nullable OrganizationId organization, @Nullable PersonId person, boolean hubSide,
            @Nullable String role) {
    }

    /**
     * @param date the day it started (the first of the month when only the month is known; say so in notes)
     * @param country ISO 3166-1 alpha-2 of the place, or null
     * @param parent the forum, conference, visit or delegation it took place in, or null
     * @param outcomes what came of it, in words
     * @param proposedStage the stage its outcome proposes for the partners' relationships (published on
     *                      {@link EngagementLogged}), or null
     */
    record NewEngagement(EngagementKind kind, String title, LocalDate date, @Nullable String city,
            @Nullable String country, @Nullable String description, @Nullable String notes,
            List<Participant> participants, @Nullable EngagementId parent, @Nullable String outcomes,
            @Nullable ProposedStage proposedStage) {

        public NewEngagement {
            participants = List.copyOf(participants);
        }

        /** An engagement on its own, whose outcome proposes no stage. */
        public NewEngagement(EngagementKind kind, String title, LocalDate date, @Nullable String city,
                @Nullable String country, @Nullable String description, @Nullable String notes,
                List<Participant> participants) {
            this(kind, title, date, city, country, description, notes, participants, null, null, null);
        }
    }

    EngagementId log(NewEngagement engagement);

    /** An engagement the viewer may see with exactly this title, to log a story only once. */
    Optional<EngagementId> titled(String title);
}
