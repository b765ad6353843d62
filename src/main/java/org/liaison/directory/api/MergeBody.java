package org.liaison.directory.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * Merge the organization of the path into {@code into}. {@code version} is the version of the
 * organization being merged (or send If-Match); {@code intoVersion}, when sent, is checked too.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "MergeRequest")
record MergeBody(@NotNull @Schema(description = "The surviving organization") UUID into,
        @Nullable Long version, @Nullable Long intoVersion) {}
