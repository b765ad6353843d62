package org.liaison.directory.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What a user enters to create or change a person. */
public record PersonDraft(@NotEmpty @Size(max = 20) List<@Valid @NotNull NameInput> names,
        @Nullable @Size(max = 4000) String description) {

    List<Name> toNames() {
        return names.stream().map(n -> n.toName(false)).toList();
    }
}
