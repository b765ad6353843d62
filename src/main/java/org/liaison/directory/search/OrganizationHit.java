package org.liaison.directory.search;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;

/** An organization found: its primary name, its other names and aliases, where it is. */
public record OrganizationHit(UUID id, String name, @Nullable String lang, List<String> otherNames,
        OrganizationKind kind, @Nullable String country, @Nullable String city) {}
