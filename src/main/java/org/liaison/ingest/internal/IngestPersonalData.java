package org.liaison.ingest.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liaison.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * The ingestion's part of a person's personal data: the proposed person facts that name them
 * (linked to their directory record, or accepted into it), with the sentence each came from, and
 * the provenance of their record (which document, who accepted it). Erasure deletes those facts
 * and that provenance. The ingested article's own text is not changed: it is the published
 * source (see the report of issue 6).
 */
@Component
class IngestPersonalData implements PersonalDataContributor {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String module() {
        return "ingest";
    }

    private List<ProposedFact> facts(UUID person) {
        var found = new LinkedHashSet<ProposedFact>(entityManager.createQuery(
                "select f from ProposedFact f where f.category = :category and f.link = :person order by f.document, f.position",
                ProposedFact.class).setParameter("category", ProposedFact.Category.PERSON).setParameter("person", person)
                .getResultList());
        found.addAll(entityManager.createQuery(
                "select f from ProposedFact f where f.id in (select p.fact from Provenance p where p.recordType = 'person' and p.recordId = :person)",
                ProposedFact.class).setParameter("person", person).getResultList());
        return List.copyOf(found);
    }

    private List<Provenance> provenance(UUID person) {
        return entityManager.createQuery("select p from Provenance p where p.recordType = 'person' and p.recordId = :person order by p.acceptedAt",
                Provenance.class).setParameter("person", person).getResultList();
    }

    @Override
    public Map<String, Object> export(UUID person) {
        var out = new LinkedHashMap<String, Object>();
        var facts = facts(person).stream().map(f -> {
            var item = new LinkedHashMap<String, Object>();
            item.put("id", f.getId().toString());
            item.put("document", f.getDocument().toString());
            item.put("label", f.getLabel());
            item.put("fact", f.getPayload());
            item.put("status", f.getStatus().name());
            if (f.getDecidedAt() != null) {
                item.put("decidedAt", f.getDecidedAt().toString());
            }
            return (Object) item;
        }).toList();
        if (!facts.isEmpty()) {
            out.put("facts", facts);
        }
        var provenance = provenance(person).stream().map(p -> (Object) Map.of("document", p.getDocument().toString(),
                "fact", p.getFact().toString(), "acceptedBy", p.getAcceptedByName(), "acceptedAt", p.getAcceptedAt().toString())).toList();
        if (!provenance.isEmpty()) {
            out.put("provenance", provenance);
        }
        return out;
    }

    @Override
    public void erase(UUID person) {
        var facts = facts(person);
        provenance(person).forEach(entityManager::remove);
        entityManager.flush();
        for (var fact : facts) {
            entityManager.createQuery("delete from Provenance p where p.fact = :fact").setParameter("fact", fact.getId()).executeUpdate();
            entityManager.remove(fact);
        }
        entityManager.flush();
    }
}
