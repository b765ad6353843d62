package org.liaison.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.RelationType;

/** "from" is (type) "to", over a period. */
public record RelationDraft(@NotNull UUID from, @NotNull RelationType type, @NotNull UUID to,
        @Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable @Size(max = 1000) String note) {}
