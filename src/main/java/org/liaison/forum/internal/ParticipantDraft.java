package org.liaison.forum.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a registration says: who for which organization, the profile, booth and unavailable slots. */
public record ParticipantDraft(@Nullable UUID organization, @Nullable UUID person, @Nullable String personName,
        ParticipantType type, @Nullable String email, @Nullable String language, @Nullable String profile,
        @Nullable String offers, @Nullable String wants, @Nullable String booth, List<String> unavailable) {

    public ParticipantDraft {
        unavailable = List.copyOf(unavailable);
    }
}
