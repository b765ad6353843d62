package org.liaison.agreements.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liaison.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * The agreements' part of a person's personal data: the agreements they signed for a party (with
 * the party's organization and role); erasure removes them as signatory (the agreement and the
 * party stay). The audit trail keeps only the person's id in the parties' history.
 */
@Component
class AgreementPersonalData implements PersonalDataContributor {

    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AgreementPersonalData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String module() {
        return "agreements";
    }

    private List<Agreement> signed(UUID person) {
        return entityManager.createQuery(
                "select distinct a from Agreement a join a.parties p where p.signatory = :person", Agreement.class)
                .setParameter("person", person).getResultList();
    }

    @Override
    public Map<String, Object> export(UUID person) {
        var agreements = signed(person).stream().flatMap(a -> a.getParties().stream()
                .filter(p -> person.equals(p.signatory()))
                .map(p -> {
                    var item = new LinkedHashMap<String, Object>();
                    item.put("id", a.getId().toString());
                    item.put("title", a.getTitle());
                    item.put("kind", a.getKind().name());
                    item.put("status", a.getStatus().name());
                    item.put("organization", p.organization().toString());
                    item.put("role", p.role());
                    if (a.term().signedOn() != null) {
                        item.put("signedOn", a.term().signedOn().toString());
                    }
                    return (Object) item;
                })).toList();
        return agreements.isEmpty() ? Map.of() : Map.of("signed", agreements);
    }

    @Override
    public void erase(UUID person) {
        Instant now = clock.instant();
        for (var agreement : signed(person)) {
            agreement.setParties(agreement.getParties().stream()
                    .map(p -> person.equals(p.signatory()) ? new Party(p.organization(), p.role(), null) : p).toList());
            agreement.touch(now);
        }
        entityManager.flush();
    }
}
