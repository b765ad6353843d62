package org.liaison.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.RelationType;

/** A relation with the names of both ends, for display. */
public record RelationView(UUID id, long version, UUID from, String fromName, RelationType type, UUID to,
        String toName, @Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String note) {}
