package org.liaison.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Visibility;
import org.liaison.directory.DirectoryCommands;
import org.liaison.directory.DirectoryNames;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;
import org.liaison.directory.search.Readings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's commands and names for other modules, delegating to {@link DirectoryService}. */
@Service
@Transactional
class DirectoryCommandService implements DirectoryCommands, DirectoryNames {

    private final DirectoryService directory;
    private final Affiliations affiliations;
    private final EntityManager entities;

    DirectoryCommandService(DirectoryService directory, Affiliations affiliations, EntityManager entities) {
        this.directory = directory;
        this.affiliations = affiliations;
        this.entities = entities;
    }

    @Override
    public OrganizationId registerOrganization(NewOrganization o) {
        var names = List.of(new NameInput(o.name(), "en", true));
        var aliases = o.aliases().stream().filter(a -> !a.equalsIgnoreCase(o.name())).distinct()
                .map(a -> new NameInput(a, null, false)).toList();
        var view = directory.register(new OrganizationDraft(o.kind(), names, aliases, o.country(), null, null,
                o.description(), null));
        return new OrganizationId(view.id());
    }

    @Override
    public int addAliases(OrganizationId organization, List<String> aliases) {
        var view = directory.organization(organization.value());
        var org = entities.find(Organization.class, organization.value());
        var known = new LinkedHashSet<String>();
        org.getNames().forEach(n -> known.add(n.text().toLowerCase(Locale.ROOT)));
        var add = aliases.stream().filter(a -> !a.isBlank() && known.add(a.toLowerCase(Locale.ROOT))).toList();
        if (add.isEmpty()) {
            return 0;
        }
        var names = new ArrayList<NameInput>();
        var aliasInputs = new ArrayList<NameInput>();
        for (var n : org.getNames()) {
            (n.alias() ? aliasInputs : names).add(NameInput.of(n));
        }
        add.forEach(a -> aliasInputs.add(new NameInput(a, null, false)));
        directory.update(organization.value(), view.version(), new OrganizationDraft(org.getKind(), names, aliasInputs,
                org.getCountry(), org.getCity(), org.getWebsite(), org.getDescription(), org.getTechnologyAreas()));
        return add.size();
    }

    @Override
    public PersonId registerPerson(String name, @Nullable String description) {
        var view = directory.registerPerson(new PersonDraft(List.of(new NameInput(name, null, true)), description));
        return new PersonId(view.id());
    }

    @Override
    public void affiliate(PersonId person, OrganizationId organization, @Nullable String role) {
        boolean exists = affiliations.findByOrganization(organization.value()).stream()
                .anyMatch(a -> a.getPerson().equals(person.value()));
        if (!exists) {
            directory.affiliate(new AffiliationDraft(person.value(), organization.value(), role, null, null));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Named> organizations() {
        var found = entities.createQuery("select distinct o from Organization o left join fetch o.names "
                + "where o.mergedInto is null", Organization.class).getResultList();
        var out = new ArrayList<Named>();
        for (var o : found) {
            if (o.getAccess().visibility() == Visibility.CONFIDENTIAL) {
                continue;
            }
            out.add(new Named(o.getId().toString(), o.primaryName().text(), names(o.getNames()),
                    o.getKind().label(), o.getCountry()));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Named> people() {
        var found = entities.createQuery("select distinct p from Person p left join fetch p.names", Person.class)
                .getResultList();
        var out = new ArrayList<Named>();
        for (var p : found) {
            if (p.getAccess().visibility() == Visibility.CONFIDENTIAL) {
                continue;
            }
            out.add(new Named(p.getId().toString(), p.primaryName().text(), names(p.getNames()), null, null));
        }
        return out;
    }

    private static List<String> names(List<Name> names) {
        var out = new LinkedHashSet<String>();
        names.stream().filter(n -> !n.alias()).forEach(n -> out.add(n.text()));
        names.stream().filter(Name::alias).forEach(n -> out.add(n.text()));
        for (var n : names) {
            out.addAll(Readings.shared().of(n.text(), n.lang()));
        }
        return List.copyOf(out);
    }
}
