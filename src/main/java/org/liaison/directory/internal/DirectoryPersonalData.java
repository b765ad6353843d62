package org.liaison.directory.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liaison.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * The directory's part of a person's personal data: their names in every script, description,
 * access and affiliations; erasure deletes the person and their affiliations (and so their
 * document in the search index).
 */
@Component
class DirectoryPersonalData implements PersonalDataContributor {

    private final People people;
    private final Affiliations affiliations;

    @PersistenceContext
    private EntityManager entityManager;

    DirectoryPersonalData(People people, Affiliations affiliations) {
        this.people = people;
        this.affiliations = affiliations;
    }

    @Override
    public String module() {
        return "directory";
    }

    @Override
    public Map<String, Object> export(UUID person) {
        var found = people.findById(person);
        if (found.isEmpty()) {
            return Map.of();
        }
        var p = found.get();
        var data = new LinkedHashMap<String, Object>();
        data.put("id", p.getId().toString());
        data.put("names", p.getNames().stream().map(n -> Map.of("text", n.text(), "lang", String.valueOf(n.lang()),
                "primary", n.primary(), "alias", n.alias())).toList());
        if (p.getDescription() != null) {
            data.put("description", p.getDescription());
        }
        data.put("visibility", p.getAccess().visibility().name());
        data.put("createdAt", p.getCreatedAt().toString());
        data.put("updatedAt", p.getUpdatedAt().toString());
        data.put("affiliations", affiliations.findByPerson(person).stream().map(a -> {
            var affiliation = new LinkedHashMap<String, Object>();
            affiliation.put("organization", a.getOrganization().toString());
            if (a.getRole() != null) {
                affiliation.put("role", a.getRole());
            }
            return affiliation;
        }).toList());
        return data;
    }

    @Override
    public void erase(UUID person) {
        affiliations.findByPerson(person).forEach(affiliations::delete);
        people.findById(person).ifPresent(entityManager::remove);
        entityManager.flush();
    }
}
