package org.liaison.agreements.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new milestone: what, which party owes it, by when. */
record MilestoneBody(@NotBlank @Size(max = 500) String title, @NotNull UUID ownerId, @NotNull LocalDate dueOn) {}
