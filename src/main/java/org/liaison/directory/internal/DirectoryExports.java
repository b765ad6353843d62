package org.liaison.directory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessSpecifications;
import org.liaison.access.CurrentViewer;
import org.liaison.access.ReadScope;
import org.liaison.shared.ExportDataset;
import org.liaison.shared.ExportRows;
import org.springframework.stereotype.Component;

/**
 * The directory's datasets for export: organizations, people, affiliations and relations, each
 * under the one read rule in SQL. An organization merged into another is not exported (the list
 * and search leave it out too); an affiliation needs its person and its organization visible, a
 * relation both its organizations, as on the organization and person pages.
 */
final class DirectoryExports {

    private DirectoryExports() {}

    abstract static class Base implements ExportDataset {

        @PersistenceContext
        EntityManager entityManager;

        final CurrentViewer viewer;

        Base(CurrentViewer viewer) {
            this.viewer = viewer;
        }

        @Override
        public String module() {
            return "directory";
        }

        @Override
        public boolean availableToCurrentViewer() {
            return !viewer.get().isAnonymous();
        }

        /** The visible, not merged organization with this id exists. */
        Predicate organizationVisible(CriteriaBuilder cb, CriteriaQuery<?> query, Expression<?> id, ReadScope scope) {
            var sub = query.subquery(Integer.class);
            var o = sub.from(Organization.class);
            sub.select(cb.literal(1)).where(cb.equal(o.get("id"), id), cb.isNull(o.get("mergedInto")),
                    AccessSpecifications.predicate(o.get("access"), cb, scope));
            return cb.exists(sub);
        }

        Predicate personVisible(CriteriaBuilder cb, CriteriaQuery<?> query, Expression<?> id, ReadScope scope) {
            var sub = query.subquery(Integer.class);
            var p = sub.from(Person.class);
            sub.select(cb.literal(1)).where(cb.equal(p.get("id"), id), AccessSpecifications.predicate(p.get("access"), cb, scope));
            return cb.exists(sub);
        }

        static List<@Nullable Object> row(@Nullable Object... values) {
            return new ArrayList<>(Arrays.asList(values));
        }

        static String names(List<Name> names) {
            return ExportRows.joined(names.stream().map(n -> n.lang() == null ? n.text() : n.text() + " [" + n.lang() + "]").toList());
        }
    }

    @Component
    static class Organizations extends Base {

        Organizations(CurrentViewer viewer) {
            super(viewer);
        }

        @Override
        public String name() {
            return "organizations";
        }

        @Override
        public List<String> columns() {
            return List.of("id", "name", "names", "kind", "country", "city", "website", "technologyAreas", "description",
                    "visibility", "createdAt", "updatedAt");
        }

        @Override
        public void rows(Consumer<List<@Nullable Object>> sink) {
            var scope = viewer.get().readScope();
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createQuery(Organization.class);
            var o = query.from(Organization.class);
            query.where(cb.isNull(o.get("mergedInto")), AccessSpecifications.predicate(o.get("access"), cb, scope))
                    .orderBy(cb.asc(o.get("id")));
            ExportRows.stream(entityManager, entityManager.createQuery(query),
                    org -> row(org.getId(), org.primaryName().text(), names(org.getNames()), org.getKind(), org.getCountry(),
                            org.getCity(), org.getWebsite(), ExportRows.joined(org.getTechnologyAreas()), org.getDescription(),
                            org.getAccess().visibility(), org.getCreatedAt(), org.getUpdatedAt()),
                    sink);
        }
    }

    @Component
    static class People extends Base {

        People(CurrentViewer viewer) {
            super(viewer);
        }

        @Override
        public String name() {
            return "people";
        }

        @Override
        public List<String> columns() {
            return List.of("id", "name", "names", "description", "visibility", "createdAt", "updatedAt");
        }

        @Override
        public void rows(Consumer<List<@Nullable Object>> sink) {
            var scope = viewer.get().readScope();
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createQuery(Person.class);
            var p = query.from(Person.class);
            query.where(AccessSpecifications.predicate(p.get("access"), cb, scope)).orderBy(cb.asc(p.get("id")));
            ExportRows.stream(entityManager, entityManager.createQuery(query),
                    person -> row(person.getId(), person.primaryName().text(), names(person.getNames()), person.getDescription(),
                            person.getAccess().visibility(), person.getCreatedAt(), person.getUpdatedAt()),
                    sink);
        }
    }

    @Component
    static class Affiliations extends Base {

        Affiliations(CurrentViewer viewer) {
            super(viewer);
        }

        @Override
        public String name() {
            return "affiliations";
        }

        @Override
        public List<String> columns() {
            return List.of("id", "person", "organization", "role", "from", "to");
        }

        @Override
        public void rows(Consumer<List<@Nullable Object>> sink) {
            var scope = viewer.get().readScope();
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createQuery(Affiliation.class);
            var a = query.from(Affiliation.class);
            query.where(organizationVisible(cb, query, a.get("organization"), scope), personVisible(cb, query, a.get("person"), scope))
                    .orderBy(cb.asc(a.get("id")));
            ExportRows.stream(entityManager, entityManager.createQuery(query),
                    af -> row(af.getId(), af.getPerson(), af.getOrganization(), af.getRole(), af.getFrom(), af.getTo()), sink);
        }
    }

    @Component
    static class Relations extends Base {

        Relations(CurrentViewer viewer) {
            super(viewer);
        }

        @Override
        public String name() {
            return "relations";
        }

        @Override
        public List<String> columns() {
            return List.of("id", "from", "type", "to", "validFrom", "validTo", "note");
        }

        @Override
        public void rows(Consumer<List<@Nullable Object>> sink) {
            var scope = viewer.get().readScope();
            var cb = entityManager.getCriteriaBuilder();
            var query = cb.createQuery(OrganizationRelation.class);
            var r = query.from(OrganizationRelation.class);
            query.where(organizationVisible(cb, query, r.get("from"), scope), organizationVisible(cb, query, r.get("to"), scope))
                    .orderBy(cb.asc(r.get("id")));
            ExportRows.stream(entityManager, entityManager.createQuery(query),
                    rel -> row(rel.getId(), rel.getFrom(), rel.getType(), rel.getTo(), rel.getValidFrom(), rel.getValidTo(),
                            rel.getNote()),
                    sink);
        }
    }
}
