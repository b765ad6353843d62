package org.liaison.access;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * The access fields every protected record embeds: its owning organization, its visibility, the
 * partner organizations it is shared with and, for confidential records, the group that may see
 * it. Columns: {@code owner_organization_id}, {@code visibility}, {@code shared_with},
 * {@code confidential_group}.
 * <p>
 * Embedded with {@code @IndexedEmbedded} in an indexed entity, the same fields reach the search
 * index ({@code owner}, {@code visibility}, {@code sharedWith} as whitespace-separated tokens,
 * {@code confidentialGroup}), where {@link AccessSearchPredicates} applies the read rule.
 */
@Embeddable
public class AccessControl {

    @Column(name = "owner_organization_id")
    @KeywordField(name = AccessSearchPredicates.OWNER)
    private @Nullable UUID ownerOrganization;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 16)
    @KeywordField(name = AccessSearchPredicates.VISIBILITY)
    private Visibility visibility = Visibility.INTERNAL;

    /** Space-separated organization ids, so the rule can be checked in SQL and in the index alike. */
    @Column(name = "shared_with", nullable = false, length = 4000)
    @FullTextField(name = AccessSearchPredicates.SHARED_WITH, analyzer = "whitespace")
    private String sharedWith = "";

    @Column(name = "confidential_group", length = 64)
    @KeywordField(name = AccessSearchPredicates.CONFIDENTIAL_GROUP)
    private @Nullable String confidentialGroup;

    protected AccessControl() {}

    private AccessControl(@Nullable UUID owner, Visibility visibility, Set<UUID> sharedWith, @Nullable String group) {
        this.ownerOrganization = owner;
        this.visibility = visibility;
        this.sharedWith = sharedWith.stream().map(UUID::toString).sorted().collect(Collectors.joining(" "));
        this.confidentialGroup = group;
    }

    public static AccessControl internal(@Nullable UUID owner) {
        return new AccessControl(owner, Visibility.INTERNAL, Set.of(), null);
    }

    public static AccessControl shared(@Nullable UUID owner, Set<UUID> partners) {
        return new AccessControl(owner, Visibility.SHARED, partners, null);
    }

    public static AccessControl confidential(@Nullable UUID owner, String group) {
        return new AccessControl(owner, Visibility.CONFIDENTIAL, Set.of(), group);
    }

    public @Nullable UUID ownerOrganization() {
        return ownerOrganization;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Set<UUID> sharedWith() {
        if (sharedWith.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(sharedWith.split(" ")).map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
    }

    public @Nullable String confidentialGroup() {
        return confidentialGroup;
    }
}
