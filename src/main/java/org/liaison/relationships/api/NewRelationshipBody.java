package org.liaison.relationships.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.relationships.Stage;

/** Starts a relationship: the organization, and optionally its stage (PROSPECT), owner and next step. */
record NewRelationshipBody(@NotNull @Nullable UUID organization, @Nullable Stage stage, @Nullable UUID owner,
        @Size(max = 1000) @Nullable String nextStep, @Nullable LocalDate nextStepDue,
        @Size(max = 1000) @Nullable String reason) {}
