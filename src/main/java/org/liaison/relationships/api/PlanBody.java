package org.liaison.relationships.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The owner and next step of a relationship, with the version read (or If-Match). */
record PlanBody(@Nullable UUID owner, @Size(max = 1000) @Nullable String nextStep, @Nullable LocalDate nextStepDue,
        @Nullable Long version) {}
