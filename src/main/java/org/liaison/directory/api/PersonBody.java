package org.liaison.directory.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.PersonDraft;

/** A person as a client sends it; affiliations are separate resources. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "PersonInput")
record PersonBody(@NotEmpty @Size(max = 20) List<@Valid @NotNull NameJson> names,
        @Nullable @Size(max = 4000) String description,
        @Nullable @Schema(description = "The version the change is based on, when no If-Match is sent") Long version) {

    PersonDraft toDraft() {
        return new PersonDraft(names.stream().map(NameJson::toInput).toList(), description);
    }
}
