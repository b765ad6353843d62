package org.liaison.access;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The records a viewer may read, in a form that lists, counts, search and exports all apply:
 * <ul>
 * <li>{@code ALL}: everything (administrators);</li>
 * <li>{@code STAFF}: INTERNAL and SHARED records, and CONFIDENTIAL ones of the given groups;</li>
 * <li>{@code PARTNER}: records owned by the partner's organization, and SHARED records shared with it;</li>
 * <li>{@code NONE}: nothing (anonymous visitors).</li>
 * </ul>
 */
public record ReadScope(Kind kind, Set<String> groups, @Nullable UUID partnerOrganization) {

    public enum Kind { ALL, STAFF, PARTNER, NONE }

    public static ReadScope everything() {
        return new ReadScope(Kind.ALL, Set.of(), null);
    }

    public static ReadScope staff(Set<String> groups) {
        return new ReadScope(Kind.STAFF, Set.copyOf(groups), null);
    }

    public static ReadScope partner(UUID organization) {
        return new ReadScope(Kind.PARTNER, Set.of(), organization);
    }

    public static ReadScope nothing() {
        return new ReadScope(Kind.NONE, Set.of(), null);
    }

    /** The rule itself, for one record in memory. */
    public boolean permits(AccessControl access) {
        return switch (kind) {
            case ALL -> true;
            case NONE -> false;
            case STAFF -> access.visibility() != Visibility.CONFIDENTIAL
                    || (access.confidentialGroup() != null && groups.contains(access.confidentialGroup()));
            case PARTNER -> partnerOrganization != null
                    && (partnerOrganization.equals(access.ownerOrganization())
                            || (access.visibility() == Visibility.SHARED && access.sharedWith().contains(partnerOrganization)));
        };
    }
}
