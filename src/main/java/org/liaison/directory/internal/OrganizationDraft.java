package org.liaison.directory.internal;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;

/** What a user enters to create or change an organization. */
public record OrganizationDraft(
        @NotNull OrganizationKind kind,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull NameInput> names,
        @Nullable @Size(max = 100) List<@Valid @NotNull NameInput> aliases,
        @Nullable @Pattern(regexp = "[A-Za-z]{2}") String country,
        @Nullable @Size(max = 200) String city,
        @Nullable @Size(max = 500) @Pattern(regexp = "(?i)https?://\\S+") String website,
        @Nullable @Size(max = 4000) String description,
        @Nullable @Size(max = 50) Set<@Size(max = 100) String> technologyAreas) {

    public List<NameInput> aliasesOrEmpty() {
        return aliases == null ? List.of() : aliases;
    }

    public Set<String> technologyAreasOrEmpty() {
        return technologyAreas == null ? Set.of() : technologyAreas;
    }

    List<Name> allNames() {
        var all = new java.util.ArrayList<Name>();
        names.forEach(n -> all.add(n.toName(false)));
        aliasesOrEmpty().forEach(n -> all.add(n.toName(true)));
        return all;
    }
}
