package org.liaison.directory.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.AffiliationDraft;

/** A person's role at an organization chosen on the person's page. */
record AffiliationForm(@Nullable @NotNull UUID organization, @Nullable @Size(max = 200) String role,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    AffiliationForm {
        role = role == null || role.isBlank() ? null : role.strip();
    }

    static AffiliationForm empty() {
        return new AffiliationForm(null, null, null, null);
    }

    boolean periodReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    AffiliationDraft toDraft(UUID person) {
        return new AffiliationDraft(person, Objects.requireNonNull(organization), role, from, to);
    }
}
