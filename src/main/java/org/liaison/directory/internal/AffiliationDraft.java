package org.liaison.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A person's role at an organization over a period. */
public record AffiliationDraft(@NotNull UUID person, @NotNull UUID organization,
        @Nullable @Size(max = 200) String role, @Nullable LocalDate from, @Nullable LocalDate to) {}
