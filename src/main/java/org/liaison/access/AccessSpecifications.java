package org.liaison.access;

import java.util.ArrayList;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The read rule of {@link ReadScope#permits(AccessControl)} as a JPA predicate, for lists and
 * counts in SQL over any entity that embeds {@link AccessControl} (by default as the property
 * {@value #DEFAULT_PATH}):
 *
 * <pre>{@code
 * engagements.findAll(AccessSpecifications.<Engagement>permits(scope).and(byKind), pageable)
 * }</pre>
 *
 * {@code shared_with} holds space-separated UUIDs of fixed length, so "contains the partner's id"
 * is an exact test.
 */
public final class AccessSpecifications {

    /** Where entities embed their {@link AccessControl} by default: the {@code access} property. */
    public static final String DEFAULT_PATH = "access";

    private AccessSpecifications() {}

    /** The records the scope permits, their access fields embedded under {@value #DEFAULT_PATH}. */
    public static <T> Specification<T> permits(ReadScope scope) {
        return permits(DEFAULT_PATH, scope);
    }

    /** The records the scope permits, their access fields embedded under {@code path}. */
    public static <T> Specification<T> permits(String path, ReadScope scope) {
        return (root, query, cb) -> predicate(root.get(path), cb, scope);
    }

    /** The rule over an embedded {@link AccessControl} path, for hand-written criteria queries. */
    public static Predicate predicate(Path<?> access, CriteriaBuilder cb, ReadScope scope) {
        return switch (scope.kind()) {
            case ALL -> cb.conjunction();
            case NONE -> cb.disjunction();
            case STAFF -> {
                var parts = new ArrayList<Predicate>();
                parts.add(cb.notEqual(access.get("visibility"), Visibility.CONFIDENTIAL));
                if (!scope.groups().isEmpty()) {
                    parts.add(cb.and(cb.equal(access.get("visibility"), Visibility.CONFIDENTIAL),
                            access.get("confidentialGroup").in(scope.groups())));
                }
                yield cb.or(parts.toArray(Predicate[]::new));
            }
            case PARTNER -> {
                var partner = scope.partnerOrganization();
                if (partner == null) {
                    yield cb.disjunction();
                }
                yield cb.or(cb.equal(access.get("ownerOrganization"), partner),
                        cb.and(cb.equal(access.get("visibility"), Visibility.SHARED),
                                cb.like(access.<String>get("sharedWith"), "%" + partner + "%")));
            }
        };
    }
}
