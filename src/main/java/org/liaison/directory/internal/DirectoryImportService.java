package org.liaison.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessControl;
import org.liaison.access.CurrentViewer;
import org.liaison.directory.DirectoryImports;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads for duplicate matching with projections (imports load every record once) and fills empty fields. */
@Service
@Transactional
class DirectoryImportService implements DirectoryImports {

    private final DirectoryService directory;
    private final EntityManager entities;
    private final CurrentViewer viewer;

    DirectoryImportService(DirectoryService directory, EntityManager entities, CurrentViewer viewer) {
        this.directory = directory;
        this.entities = entities;
        this.viewer = viewer;
    }

    @Override
    @Transactional(readOnly = true)
    public List<KnownOrganization> organizations() {
        var scope = viewer.get().readScope();
        var names = new HashMap<UUID, List<String>>();
        for (var row : entities.createQuery("select o.id, n.text from Organization o join o.names n "
                + "where o.mergedInto is null", Object[].class).getResultList()) {
            names.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        var out = new ArrayList<KnownOrganization>();
        for (var row : entities.createQuery("select o.id, o.kind, o.country, o.city, o.website, o.description, "
                + "o.access from Organization o where o.mergedInto is null", Object[].class).getResultList()) {
            if (!scope.permits((AccessControl) row[6])) {
                continue;
            }
            var id = (UUID) row[0];
            out.add(new KnownOrganization(new OrganizationId(id), names.getOrDefault(id, List.of()),
                    (OrganizationKind) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5]));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<KnownPerson> people() {
        var scope = viewer.get().readScope();
        var names = new HashMap<UUID, List<String>>();
        for (var row : entities.createQuery("select p.id, n.text from Person p join p.names n", Object[].class)
                .getResultList()) {
            names.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        var out = new ArrayList<KnownPerson>();
        for (var row : entities.createQuery("select p.id, p.access from Person p", Object[].class).getResultList()) {
            if (scope.permits((AccessControl) row[1])) {
                var id = (UUID) row[0];
                out.add(new KnownPerson(new PersonId(id), names.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    @Override
    public List<String> fillEmpty(OrganizationId organization, Fill fill) {
        var view = directory.organization(organization.value());
        var org = entities.find(Organization.class, organization.value());
        var filled = new ArrayList<String>();
        var kind = org.getKind();
        if (kind == OrganizationKind.OTHER && fill.kind() != null && fill.kind() != OrganizationKind.OTHER) {
            kind = fill.kind();
            filled.add("kind");
        }
        String country = pick(org.getCountry(), fill.country() == null ? null
                : fill.country().toUpperCase(Locale.ROOT), "country", filled);
        String city = pick(org.getCity(), fill.city(), "city", filled);
        String website = pick(org.getWebsite(), website(fill.website()), "website", filled);
        String description = pick(org.getDescription(), fill.description(), "description", filled);
        var known = new LinkedHashSet<String>();
        org.getNames().forEach(n -> known.add(n.text().toLowerCase(Locale.ROOT)));
        var names = new ArrayList<NameInput>();
        var aliases = new ArrayList<NameInput>();
        for (var n : org.getNames()) {
            (n.alias() ? aliases : names).add(NameInput.of(n));
        }
        boolean aliasAdded = false;
        for (var a : fill.aliases()) {
            if (!a.isBlank() && a.length() <= 500 && aliases.size() < 100 && known.add(a.toLowerCase(Locale.ROOT))) {
                aliases.add(new NameInput(a, null, false));
                aliasAdded = true;
            }
        }
        if (aliasAdded) {
            filled.add("aliases");
        }
        if (filled.isEmpty()) {
            return List.of();
        }
        directory.update(organization.value(), view.version(), new OrganizationDraft(kind, names, aliases, country,
                city, website, description, org.getTechnologyAreas()));
        return filled;
    }

    @Override
    public OrganizationId register(ImportedOrganization o) {
        var names = List.of(new NameInput(o.name(), "en", true));
        var aliases = o.aliases().stream().filter(a -> !a.equalsIgnoreCase(o.name())).distinct()
                .map(a -> new NameInput(a, null, false)).toList();
        return new OrganizationId(directory.registerForImport(new OrganizationDraft(o.kind(), names, aliases,
                o.country(), blankToNull(o.city()), website(o.website()), o.description(), null)));
    }

    @Override
    public PersonId registerPerson(String name) {
        return new PersonId(directory.registerPersonForImport(
                new PersonDraft(List.of(new NameInput(name, null, true)), null)));
    }

    @Override
    public void affiliateNewPerson(PersonId person, OrganizationId organization, @Nullable String role) {
        directory.affiliate(new AffiliationDraft(person.value(), organization.value(), role, null, null));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static @Nullable String pick(@Nullable String current, @Nullable String offered, String field,
            List<String> filled) {
        if ((current == null || current.isBlank()) && offered != null && !offered.isBlank()) {
            filled.add(field);
            return offered;
        }
        return current;
    }

    /** The directory keeps websites as http(s) addresses. */
    private static @Nullable String website(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String w = website.strip();
        return w.matches("(?i)https?://\\S+") ? w : "https://" + w.replaceAll("\\s", "");
    }
}
