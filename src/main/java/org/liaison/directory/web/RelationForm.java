package org.liaison.directory.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.RelationType;
import org.liaison.directory.internal.RelationDraft;

/**
 * A relation added on an organization's page: this organization is (type) the other one, or,
 * with {@code incoming}, the other one is (type) this one.
 */
record RelationForm(@Nullable @NotNull RelationType type, @Nullable Boolean incoming,
        @Nullable @NotNull UUID other, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
        @Nullable @Size(max = 1000) String note) {

    RelationForm {
        note = note == null || note.isBlank() ? null : note.strip();
    }

    static RelationForm empty() {
        return new RelationForm(null, false, null, null, null, null);
    }

    boolean periodReversed() {
        return validFrom != null && validTo != null && validTo.isBefore(validFrom);
    }

    RelationDraft toDraft(UUID self) {
        var otherId = Objects.requireNonNull(other);
        var t = Objects.requireNonNull(type);
        return Boolean.TRUE.equals(incoming)
                ? new RelationDraft(otherId, t, self, validFrom, validTo, note)
                : new RelationDraft(self, t, otherId, validFrom, validTo, note);
    }
}
