package org.liaison.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An affiliation with the names of both ends, for display. */
public record AffiliationView(UUID id, long version, UUID person, String personName, UUID organization,
        String organizationName, @Nullable String role, @Nullable LocalDate from, @Nullable LocalDate to) {}
