package org.liaison.access;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The read rule of {@link ReadScope#permits(AccessControl)} as a search-index predicate, for
 * every module whose indexed entity embeds {@link AccessControl} with {@code @IndexedEmbedded}
 * (by default under the path {@value #DEFAULT_PATH}). Use it as a filter, so that hits, totals
 * and aggregations all obey it:
 *
 * <pre>{@code
 * session.search(Agreement.class)
 *        .where((f, root) -> {
 *            root.add(f.match().field("title").matching(text));
 *            root.add(AccessSearchPredicates.permits(f, scope));
 *        })
 * }</pre>
 */
public final class AccessSearchPredicates {

    /** Where entities embed their {@link AccessControl} by default: the {@code access} property. */
    public static final String DEFAULT_PATH = "access";

    /** The index fields {@link AccessControl} declares, relative to where it is embedded. */
    public static final String OWNER = "owner";
    public static final String VISIBILITY = "visibility";
    public static final String SHARED_WITH = "sharedWith";
    public static final String CONFIDENTIAL_GROUP = "confidentialGroup";

    private AccessSearchPredicates() {}

    /** The records the scope permits, their access fields embedded under {@value #DEFAULT_PATH}. */
    public static SearchPredicate permits(SearchPredicateFactory f, ReadScope scope) {
        return permits(f, DEFAULT_PATH, scope);
    }

    /**
     * The records the scope permits.
     *
     * @param path where the entity embeds its {@link AccessControl}, relative to the factory's root
     */
    public static SearchPredicate permits(SearchPredicateFactory factory, String path, ReadScope scope) {
        SearchPredicateFactory f = factory.withRoot(path);
        return switch (scope.kind()) {
            case ALL -> f.matchAll().toPredicate();
            case NONE -> f.matchNone().toPredicate();
            case STAFF -> {
                // Everything not confidential; confidential records only of the viewer's groups.
                var notConfidential = f.not(f.match().field(VISIBILITY).matching(Visibility.CONFIDENTIAL));
                if (scope.groups().isEmpty()) {
                    yield notConfidential.toPredicate();
                }
                yield f.or(notConfidential, f.terms().field(CONFIDENTIAL_GROUP).matchingAny(scope.groups()))
                        .toPredicate();
            }
            case PARTNER -> {
                var partner = scope.partnerOrganization();
                if (partner == null) {
                    yield f.matchNone().toPredicate();
                }
                // Its own records, and shared records that name it.
                yield f.or(
                        f.match().field(OWNER).matching(partner),
                        f.and(f.match().field(VISIBILITY).matching(Visibility.SHARED),
                                f.match().field(SHARED_WITH).matching(partner.toString())))
                        .toPredicate();
            }
        };
    }
}
