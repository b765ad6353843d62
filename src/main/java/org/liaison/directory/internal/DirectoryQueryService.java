package org.liaison.directory.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liaison.access.CurrentViewer;
import org.liaison.directory.DirectoryLinks;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationSummary;
import org.liaison.directory.PersonId;
import org.liaison.shared.LiaisonSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's published queries, over its own repositories and with its access rule. */
@Service
@Transactional(readOnly = true)
class DirectoryQueryService implements DirectoryQueries {

    private final Organizations organizations;
    private final OrganizationRelations relations;
    private final Affiliations affiliations;
    private final People people;
    private final CurrentViewer viewer;
    private final LiaisonSettings settings;
    private final DirectoryService directory;

    DirectoryQueryService(Organizations organizations, OrganizationRelations relations, Affiliations affiliations,
            People people, CurrentViewer viewer, LiaisonSettings settings, DirectoryService directory) {
        this.directory = directory;
        this.organizations = organizations;
        this.relations = relations;
        this.affiliations = affiliations;
        this.people = people;
        this.viewer = viewer;
        this.settings = settings;
    }

    @Override
    public Optional<OrganizationSummary> homeHub() {
        return organizations.findByNameIgnoreCase(settings.homeHub().name()).stream()
                .filter(o -> !o.isMerged())
                .findFirst()
                .map(DirectoryQueryService::summarize);
    }

    @Override
    public Optional<OrganizationSummary> summary(OrganizationId id) {
        var scope = viewer.get().readScope();
        return organizations.findById(id.value())
                .filter(o -> scope.permits(o.getAccess()))
                .map(DirectoryQueryService::summarize);
    }

    @Override
    public Map<OrganizationId, OrganizationSummary> summaries(Collection<OrganizationId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var scope = viewer.get().readScope();
        var result = new LinkedHashMap<OrganizationId, OrganizationSummary>();
        organizations.findAllByIdIn(ids.stream().map(OrganizationId::value).distinct().toList()).stream()
                .filter(o -> scope.permits(o.getAccess()))
                .forEach(o -> result.put(o.id(), summarize(o)));
        return result;
    }

    @Override
    public Map<OrganizationId, String> names(Collection<OrganizationId> ids) {
        var result = new LinkedHashMap<OrganizationId, String>();
        summaries(ids).forEach((id, summary) -> result.put(id, summary.name()));
        return result;
    }

    @Override
    public OrganizationId current(OrganizationId id) {
        UUID at = id.value();
        var seen = new HashSet<UUID>();
        while (seen.add(at)) {
            var org = organizations.findById(at);
            if (org.isEmpty() || org.get().getMergedInto() == null) {
                break;
            }
            at = org.get().getMergedInto();
        }
        return new OrganizationId(at);
    }

    @Override
    public Optional<OrganizationId> organizationNamed(String name) {
        var scope = viewer.get().readScope();
        return organizations.findByNameIgnoreCase(name).stream()
                .filter(o -> !o.isMerged() && scope.permits(o.getAccess()))
                .findFirst()
                .map(Organization::id);
    }

    @Override
    public DirectoryLinks links() {
        var scope = viewer.get().readScope();
        var allRelations = relations.findAll();
        var allAffiliations = affiliations.findAll();
        var organizationIds = new HashSet<UUID>();
        allRelations.forEach(r -> {
            organizationIds.add(r.getFrom());
            organizationIds.add(r.getTo());
        });
        allAffiliations.forEach(a -> organizationIds.add(a.getOrganization()));
        var visible = new HashSet<UUID>();
        organizations.findAllByIdIn(organizationIds).stream()
                .filter(o -> !o.isMerged() && scope.permits(o.getAccess()))
                .forEach(o -> visible.add(o.getId()));
        var personNames = new HashMap<UUID, String>();
        people.findAllByIdIn(allAffiliations.stream().map(Affiliation::getPerson).distinct().toList()).stream()
                .filter(p -> scope.permits(p.getAccess()))
                .forEach(p -> personNames.put(p.getId(), p.primaryName().text()));
        var relationLinks = allRelations.stream()
                .filter(r -> visible.contains(r.getFrom()) && visible.contains(r.getTo()))
                .map(r -> new DirectoryLinks.RelationLink(r.getId(), new OrganizationId(r.getFrom()), r.getType(),
                        new OrganizationId(r.getTo()), r.getValidFrom(), r.getValidTo()))
                .toList();
        var affiliationLinks = allAffiliations.stream()
                .filter(a -> visible.contains(a.getOrganization()) && personNames.containsKey(a.getPerson()))
                .map(a -> new DirectoryLinks.AffiliationLink(a.getId(), new PersonId(a.getPerson()),
                        personNames.get(a.getPerson()), new OrganizationId(a.getOrganization()), a.getRole(),
                        a.getFrom(), a.getTo()))
                .toList();
        return new DirectoryLinks(relationLinks, affiliationLinks);
    }

    @Override
    public Optional<PersonId> personNamed(String name) {
        var scope = viewer.get().readScope();
        return people.findByNameIgnoreCase(name).stream()
                .filter(p -> scope.permits(p.getAccess()))
                .findFirst()
                .map(Person::id);
    }

    @Override
    public Map<PersonId, String> peopleNamed(String text, int limit) {
        if (text.isBlank()) {
            return Map.of();
        }
        var result = new LinkedHashMap<PersonId, String>();
        // the directory's own people search: the same read rule in SQL as its people list
        directory.people(text, PersonOrder.NAME, 0, Math.clamp(limit, 1, 100))
                .forEach(p -> result.put(new PersonId(p.id()), p.primaryName()));
        return result;
    }

    @Override
    public Map<PersonId, String> personNames(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var scope = viewer.get().readScope();
        var result = new LinkedHashMap<PersonId, String>();
        people.findAllByIdIn(ids.stream().map(PersonId::value).distinct().toList()).stream()
                .filter(p -> scope.permits(p.getAccess()))
                .forEach(p -> result.put(p.id(), p.primaryName().text()));
        return result;
    }

    static OrganizationSummary summarize(Organization o) {
        var primary = o.primaryName();
        return new OrganizationSummary(o.id(), primary.text(), primary.lang(),
                o.getNames().stream().map(n -> new OrganizationSummary.Name(n.text(), n.lang(), n.alias())).toList(),
                o.getKind(), o.getCountry(), o.getCity(),
                o.getMergedInto() == null ? null : new OrganizationId(o.getMergedInto()),
                List.copyOf(o.getTechnologyAreas()));
    }
}
