package org.liaison.relationships.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;
import org.liaison.relationships.Stage;

/**
 * Filters of the relationship list and board; null means any. Country is an ISO 3166 alpha-2 code;
 * area is a technology area exactly as the directory records it.
 */
public record RelationshipFilter(@Nullable String country, @Nullable OrganizationKind kind, @Nullable Stage stage,
        @Nullable UUID owner, @Nullable String area) {

    public static final RelationshipFilter ANY = new RelationshipFilter(null, null, null, null, null);

    public RelationshipFilter(@Nullable String country, @Nullable OrganizationKind kind, @Nullable Stage stage,
            @Nullable UUID owner) {
        this(country, kind, stage, owner, null);
    }
}
