package org.liaison.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.AffiliationDraft;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.PersonDraft;

/** Adds a person to an organization's page in one step: their name, and their role there. */
record NewPersonForm(@NotBlank @Size(max = 500) String name,
        @Nullable @Size(max = 35) @Pattern(regexp = NameRow.LANGUAGE_TAG) String lang,
        @Nullable @Size(max = 200) String role, @Nullable LocalDate from, @Nullable LocalDate to) {

    NewPersonForm {
        name = name == null ? "" : name.strip();
        lang = lang == null || lang.isBlank() ? null : lang.strip();
        role = role == null || role.isBlank() ? null : role.strip();
    }

    static NewPersonForm empty() {
        return new NewPersonForm("", null, null, null, null);
    }

    boolean periodReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    PersonDraft person() {
        return new PersonDraft(List.of(new NameInput(name, lang, true)), null);
    }

    AffiliationDraft affiliation(UUID person, UUID organization) {
        return new AffiliationDraft(person, organization, role, from, to);
    }
}
