package org.liaison.relationships.api;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An administrator's label for a stage; blank goes back to the translated default. */
record LabelBody(@Size(max = 100) @Nullable String label) {}
