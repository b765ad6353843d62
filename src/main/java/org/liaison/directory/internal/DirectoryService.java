package org.liaison.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessControl;
import org.liaison.access.CurrentViewer;
import org.liaison.access.ReadScope;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.directory.OrganizationRegistered;
import org.liaison.directory.OrganizationChanged;
import org.liaison.directory.OrganizationsMerged;
import org.liaison.directory.search.OrganizationHit;
import org.liaison.directory.search.OrganizationSearch;
import org.liaison.directory.search.SearchQuery;
import org.liaison.directory.search.SearchResult;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's commands and queries, with its rules: who may see and change what, names,
 * duplicates and merging. Pages and the API both go through here.
 */
@Service
@Transactional
public class DirectoryService {

    private final Organizations organizations;
    private final People people;
    private final Affiliations affiliations;
    private final OrganizationRelations relations;
    private final OrganizationSearch search;
    private final CurrentViewer viewer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UserAccounts accounts;

    DirectoryService(Organizations organizations, People people, Affiliations affiliations,
            OrganizationRelations relations, OrganizationSearch search, CurrentViewer viewer,
            ApplicationEventPublisher events, Clock clock, UserAccounts accounts) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.people = people;
        this.affiliations = affiliations;
        this.relations = relations;
        this.search = search;
        this.viewer = viewer;
        this.events = events;
        this.clock = clock;
    }

    // Organizations

    @Transactional(readOnly = true)
    public OrganizationView organization(UUID id) {
        return OrganizationView.of(readable(id));
    }

    @Transactional(readOnly = true)
    public OrganizationDetails details(UUID id) {
        var org = readable(id);
        var scope = viewer.get().readScope();
        var affs = affiliations.findByOrganization(id);
        var persons = byId(people.findAllByIdIn(affs.stream().map(Affiliation::getPerson).toList()), Person::getId);
        var people = affs.stream()
                .filter(a -> persons.containsKey(a.getPerson()) && scope.permits(persons.get(a.getPerson()).getAccess()))
                .map(a -> affiliationView(a, persons.get(a.getPerson()), org))
                .toList();
        var rels = relations.findInvolving(id);
        var others = byId(organizations.findAllByIdIn(
                rels.stream().flatMap(r -> java.util.stream.Stream.of(r.getFrom(), r.getTo())).collect(Collectors.toSet())),
                Organization::getId);
        var relationViews = rels.stream()
                .filter(r -> others.containsKey(r.getFrom()) && others.containsKey(r.getTo()))
                .filter(r -> scope.permits(others.get(r.getFrom()).getAccess())
                        && scope.permits(others.get(r.getTo()).getAccess()))
                .map(r -> relationView(r, others.get(r.getFrom()), others.get(r.getTo())))
                .toList();
        return new OrganizationDetails(OrganizationView.of(org), people, relationViews);
    }

    public OrganizationView register(OrganizationDraft draft) {
        requireManager();
        return OrganizationView.of(registerTrusted(draft));
    }

    /** Registers without asking who is asking: for the reference story and imports, never for requests. */
    Organization registerTrusted(OrganizationDraft draft) {
        return registerTrusted(draft, true);
    }

    /**
     * Registers for an import, with the rules of {@link #register}: the insert waits for the
     * transaction's next flush (the import's batch writes its rows together), so the version the row
     * gets is not known here, and none is returned.
     */
    UUID registerForImport(OrganizationDraft draft) {
        requireManager();
        return registerTrusted(draft, false).getId();
    }

    private Organization registerTrusted(OrganizationDraft draft, boolean flush) {
        var now = Instant.now(clock);
        var org = new Organization(draft.kind(), draft.allNames(), draft.country(), AccessControl.internal(null), now);
        // An organization owns its own record, so its partner users can see and update it.
        org.changeAccess(AccessControl.internal(org.getId()));
        org.describe(draft.city(), draft.website(), draft.description(), draft.technologyAreasOrEmpty());
        if (flush) {
            // Flushed so the answer carries the version the row has (inserting the names counts as a change).
            organizations.saveAndFlush(org);
        } else {
            organizations.save(org);
        }
        events.publishEvent(new OrganizationRegistered(org.id(), org.primaryName().text(),
                Objects.requireNonNullElse(org.getCountry(), "")));
        return org;
    }

    public OrganizationView update(UUID id, long expectedVersion, OrganizationDraft draft) {
        var org = editable(id);
        Versions.check("organization", id, expectedVersion, org.getVersion());
        org.changeKind(draft.kind());
        org.rename(draft.allNames());
        org.setCountry(draft.country());
        org.describe(draft.city(), draft.website(), draft.description(), draft.technologyAreasOrEmpty());
        org.touch(Instant.now(clock));
        var saved = OrganizationView.of(organizations.saveAndFlush(org));
        events.publishEvent(new OrganizationChanged(org.id()));
        return saved;
    }

    /** A page of organizations found by the search engine, limited to what the viewer may see. */
    @Transactional(readOnly = true)
    public SearchResult search(SearchQuery query) {
        return search.search(query, viewer.get().readScope());
    }

    /** The organizations the user probably means already, before a new one is saved. */
    @Transactional(readOnly = true)
    public List<OrganizationHit> likelyDuplicates(OrganizationDraft draft) {
        var names = draft.allNames().stream().map(Name::text).toList();
        return likelyDuplicates(names, draft.website());
    }

    /** The organizations probably meant by these names or website, among those the viewer may see. */
    @Transactional(readOnly = true)
    public List<OrganizationHit> likelyDuplicates(List<String> names, @Nullable String website) {
        var cleaned = names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        if (cleaned.isEmpty() && (website == null || website.isBlank())) {
            return List.of();
        }
        return search.likelyDuplicates(cleaned, website, viewer.get().readScope());
    }

    /**
     * Merges a duplicate into a survivor: affiliations and relations move to the survivor, the
     * duplicate's names become aliases, the duplicate redirects to the survivor, and every module
     * hears of it through {@link OrganizationsMerged}.
     */
    public OrganizationView merge(UUID mergedId, UUID survivorId, long survivorVersion) {
        return merge(mergedId, null, survivorId, survivorVersion);
    }

    /**
     * Merges as {@link #merge(UUID, UUID, long)}, checking the version of either side the caller
     * based the request on (the API sends the merged organization's, the page the survivor's).
     */
    public OrganizationView merge(UUID mergedId, @Nullable Long mergedVersion, UUID survivorId,
            @Nullable Long survivorVersion) {
        requireManager();
        var survivor = editable(survivorId);
        var merged = editable(mergedId);
        if (mergedVersion != null) {
            Versions.check("organization", mergedId, mergedVersion, merged.getVersion());
        }
        if (survivorVersion != null) {
            Versions.check("organization", survivorId, survivorVersion, survivor.getVersion());
        }
        if (merged.isMerged()) {
            throw new RuleViolationException("already-merged", "This organization was already merged into another");
        }
        if (survivor.isMerged()) {
            throw new RuleViolationException("merge-into-merged", "The surviving organization was itself merged");
        }
        merged.markMergedInto(survivor);
        survivor.absorbNames(merged);
        survivor.touch(Instant.now(clock));
        for (var a : affiliations.findByOrganization(mergedId)) {
            a.moveTo(survivorId);
            affiliations.save(a);
        }
        var existing = new HashSet<String>();
        relations.findInvolving(survivorId).forEach(r -> existing.add(r.getFrom() + ":" + r.getType() + ":" + r.getTo()));
        for (var r : relations.findInvolving(mergedId)) {
            if (!r.repoint(mergedId, survivorId) || !existing.add(r.getFrom() + ":" + r.getType() + ":" + r.getTo())) {
                relations.delete(r);
            } else {
                relations.save(r);
            }
        }
        organizations.saveAndFlush(merged);
        organizations.saveAndFlush(survivor);
        // Partner users of the duplicate now speak for the survivor. Access cannot listen to the
        // event (it would depend on the directory), so the directory tells it in the same transaction.
        accounts.rebindPartners(mergedId, survivorId);
        events.publishEvent(new OrganizationsMerged(merged.id(), survivor.id()));
        return OrganizationView.of(survivor);
    }

    // People

    @Transactional(readOnly = true)
    public PersonView person(UUID id) {
        var person = readablePerson(id);
        var scope = viewer.get().readScope();
        var affs = affiliations.findByPerson(id);
        var orgs = byId(organizations.findAllByIdIn(affs.stream().map(Affiliation::getOrganization).toList()),
                Organization::getId);
        var views = affs.stream()
                .filter(a -> orgs.containsKey(a.getOrganization()) && scope.permits(orgs.get(a.getOrganization()).getAccess()))
                .map(a -> affiliationView(a, person, orgs.get(a.getOrganization())))
                .toList();
        return new PersonView(person.getId(), person.getVersion(),
                person.getNames().stream().map(NameInput::of).toList(), person.getDescription(), views);
    }

    /** A page of the people the viewer may see whose names contain {@code query} (blank for all). */
    @Transactional(readOnly = true)
    public Page<PersonSummary> people(String query, PersonOrder order, int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and 100");
        }
        var scope = viewer.get().readScope();
        if (scope.kind() == ReadScope.Kind.NONE) {
            return Page.empty(PageRequest.of(page, size));
        }
        String text = query.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        var groups = scope.groups().isEmpty() ? Set.of("-") : scope.groups();
        var partner = scope.partnerOrganization();
        return people.findVisible("%" + text + "%", scope.kind().name(), groups, partner,
                partner == null ? "-" : "%" + partner + "%", PageRequest.of(page, size, order.sort()))
                .map(PersonSummary::of);
    }

    public PersonView registerPerson(PersonDraft draft) {
        requireManager();
        return person(registerPersonTrusted(draft).getId());
    }

    /** Registers for an import, with the rules of {@link #registerPerson}; the insert waits for the next flush. */
    UUID registerPersonForImport(PersonDraft draft) {
        requireManager();
        return people.save(newPerson(draft)).getId();
    }

    /** Registers without asking who is asking: for the reference story and imports, never for requests. */
    Person registerPersonTrusted(PersonDraft draft) {
        return people.saveAndFlush(newPerson(draft));
    }

    private Person newPerson(PersonDraft draft) {
        return new Person(draft.toNames(), draft.description(), AccessControl.internal(null), Instant.now(clock));
    }

    public PersonView updatePerson(UUID id, long expectedVersion, PersonDraft draft) {
        var person = readablePerson(id);
        requireEditable(person.getAccess());
        Versions.check("person", id, expectedVersion, person.getVersion());
        person.rename(draft.toNames());
        person.describe(draft.description());
        person.touch(Instant.now(clock));
        people.saveAndFlush(person);
        return person(id);
    }

    // Affiliations

    public AffiliationView affiliate(AffiliationDraft draft) {
        requireManager();
        var person = readablePerson(draft.person());
        var org = readable(draft.organization());
        var affiliation = affiliations.save(new Affiliation(person.getId(), org.getId(), draft.role(), draft.from(), draft.to()));
        return affiliationView(affiliation, person, org);
    }

    public AffiliationView changeAffiliation(UUID id, long expectedVersion, AffiliationDraft draft) {
        requireManager();
        var affiliation = affiliations.findById(id).orElseThrow(() -> new NotFoundException("affiliation", id));
        Versions.check("affiliation", id, expectedVersion, affiliation.getVersion());
        if (!affiliation.getPerson().equals(draft.person()) || !affiliation.getOrganization().equals(draft.organization())) {
            throw new RuleViolationException("affiliation-ends-fixed",
                    "An affiliation's person and organization cannot change; end it and add another");
        }
        affiliation.change(draft.role(), draft.from(), draft.to());
        affiliations.saveAndFlush(affiliation);
        return affiliationView(affiliation, readablePerson(affiliation.getPerson()), readable(affiliation.getOrganization()));
    }

    @Transactional(readOnly = true)
    public AffiliationView affiliation(UUID id) {
        var affiliation = affiliations.findById(id).orElseThrow(() -> new NotFoundException("affiliation", id));
        try {
            return affiliationView(affiliation, readablePerson(affiliation.getPerson()), readable(affiliation.getOrganization()));
        } catch (NotFoundException e) {
            throw new NotFoundException("affiliation", id);
        }
    }

    public void removeAffiliation(UUID id, long expectedVersion) {
        requireManager();
        var affiliation = affiliations.findById(id).orElseThrow(() -> new NotFoundException("affiliation", id));
        Versions.check("affiliation", id, expectedVersion, affiliation.getVersion());
        affiliations.delete(affiliation);
    }

    // Relations

    public RelationView relate(RelationDraft draft) {
        requireManager();
        var from = readable(draft.from());
        var to = readable(draft.to());
        var relation = relations.save(new OrganizationRelation(from.getId(), draft.type(), to.getId(),
                draft.validFrom(), draft.validTo(), draft.note()));
        return relationView(relation, from, to);
    }

    @Transactional(readOnly = true)
    public RelationView relation(UUID id) {
        var relation = relations.findById(id).orElseThrow(() -> new NotFoundException("relation", id));
        try {
            return relationView(relation, readable(relation.getFrom()), readable(relation.getTo()));
        } catch (NotFoundException e) {
            throw new NotFoundException("relation", id);
        }
    }

    public RelationView changeRelation(UUID id, long expectedVersion, RelationDraft draft) {
        requireManager();
        var relation = relations.findById(id).orElseThrow(() -> new NotFoundException("relation", id));
        Versions.check("relation", id, expectedVersion, relation.getVersion());
        if (!relation.getFrom().equals(draft.from()) || !relation.getTo().equals(draft.to())
                || relation.getType() != draft.type()) {
            throw new RuleViolationException("relation-ends-fixed",
                    "A relation's organizations and type cannot change; remove it and add another");
        }
        relation.change(draft.validFrom(), draft.validTo(), draft.note());
        relations.saveAndFlush(relation);
        return relationView(relation, readable(relation.getFrom()), readable(relation.getTo()));
    }

    public void removeRelation(UUID id, long expectedVersion) {
        requireManager();
        var relation = relations.findById(id).orElseThrow(() -> new NotFoundException("relation", id));
        Versions.check("relation", id, expectedVersion, relation.getVersion());
        relations.delete(relation);
    }

    // Rules

    private Organization readable(UUID id) {
        return organizations.findById(id)
                .filter(o -> viewer.get().readScope().permits(o.getAccess()))
                .orElseThrow(() -> new NotFoundException("organization", id));
    }

    private Organization editable(UUID id) {
        var org = readable(id);
        requireEditable(org.getAccess());
        return org;
    }

    private Person readablePerson(UUID id) {
        return people.findById(id)
                .filter(p -> viewer.get().readScope().permits(p.getAccess()))
                .orElseThrow(() -> new NotFoundException("person", id));
    }

    /** Managers edit what they can read; a partner edits the records its organization owns. */
    private void requireEditable(AccessControl access) {
        Viewer v = viewer.get();
        if (isManager(v)) {
            return;
        }
        if (v.isPartner() && v.organization() != null && v.organization().equals(access.ownerOrganization())) {
            return;
        }
        throw new AccessDeniedException("Not allowed to change this record");
    }

    private void requireManager() {
        if (!isManager(viewer.get())) {
            throw new AccessDeniedException("Only administrators and cooperation managers change the directory");
        }
    }

    private static boolean isManager(Viewer v) {
        return v.roles().contains(Role.ADMINISTRATOR) || v.roles().contains(Role.COOPERATION_MANAGER);
    }

    private static AffiliationView affiliationView(Affiliation a, Person p, Organization o) {
        return new AffiliationView(a.getId(), a.getVersion(), p.getId(), p.primaryName().text(), o.getId(),
                o.primaryName().text(), a.getRole(), a.getFrom(), a.getTo());
    }

    private static RelationView relationView(OrganizationRelation r, Organization from, Organization to) {
        return new RelationView(r.getId(), r.getVersion(), from.getId(), from.primaryName().text(), r.getType(),
                to.getId(), to.primaryName().text(), r.getValidFrom(), r.getValidTo(), r.getNote());
    }

    private static <T> Map<UUID, T> byId(Collection<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

}
