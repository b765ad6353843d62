package org.liaison.directory.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.RelationType;
import org.liaison.directory.internal.RelationDraft;

/** A relation as a client sends it; its organizations and type cannot change later. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "RelationInput")
record RelationBody(@NotNull UUID from, @NotNull RelationType type, @NotNull UUID to, @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo, @Nullable @Size(max = 1000) String note,
        @Nullable @Schema(description = "The version the change is based on, when no If-Match is sent") Long version) {

    RelationDraft toDraft() {
        return new RelationDraft(from, type, to, validFrom, validTo, note);
    }
}
