package org.liaison.directory.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.AffiliationDraft;

/** An affiliation as a client sends it; person and organization cannot change later. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "AffiliationInput")
record AffiliationBody(@NotNull UUID person, @NotNull UUID organization, @Nullable @Size(max = 200) String role,
        @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable @Schema(description = "The version the change is based on, when no If-Match is sent") Long version) {

    AffiliationDraft toDraft() {
        return new AffiliationDraft(person, organization, role, from, to);
    }
}
