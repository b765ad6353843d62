package org.liaison.engagements.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.internal.FollowUpDraft;

/** A new follow-up task. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "FollowUpInput")
record FollowUpBody(
        @NotBlank @Size(max = 500) String title,
        @Nullable @Schema(description = "The user who does it; the caller when absent") UUID owner,
        @Nullable @Schema(example = "2012-05-15") LocalDate dueDate) {

    FollowUpDraft toDraft() {
        return new FollowUpDraft(title, owner, dueDate);
    }
}
