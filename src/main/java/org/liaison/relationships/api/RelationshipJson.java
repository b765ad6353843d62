package org.liaison.relationships.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.relationships.Stage;
import org.liaison.relationships.internal.RelationshipView;

/** A relationship in the API: kind as the extraction contract's label, stage as its constant. */
record RelationshipJson(UUID id, long version, UUID organization, String organizationName, String kind,
        @Nullable String country, Stage stage, @Nullable UUID owner, @Nullable String nextStep,
        @Nullable LocalDate nextStepDue, @Nullable LocalDate lastContact, Instant createdAt, Instant updatedAt) {

    static RelationshipJson of(RelationshipView v) {
        return new RelationshipJson(v.id(), v.version(), v.organization().value(), v.organizationName(),
                v.kind().label(), v.country(), v.stage(), v.owner(), v.nextStep(), v.nextStepDue(), v.lastContact(),
                v.createdAt(), v.updatedAt());
    }
}
