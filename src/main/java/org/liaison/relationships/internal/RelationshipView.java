package org.liaison.relationships.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.OrganizationId;
import org.liaison.relationships.Stage;

/** A relationship as lists and pages show it, with its organization's name, kind and country. */
public record RelationshipView(UUID id, long version, OrganizationId organization, String organizationName,
        OrganizationKind kind, @Nullable String country, Stage stage, @Nullable UUID owner, @Nullable String nextStep,
        @Nullable LocalDate nextStepDue, @Nullable LocalDate lastContact, Instant createdAt, Instant updatedAt) {}
