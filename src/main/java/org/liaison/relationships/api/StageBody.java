package org.liaison.relationships.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.relationships.Stage;

/** A move to another stage with its reason, and the version read (or If-Match). */
record StageBody(@NotNull @Nullable Stage stage, @Size(max = 1000) @Nullable String reason, @Nullable Long version) {}
