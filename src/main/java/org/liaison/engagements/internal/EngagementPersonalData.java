package org.liaison.engagements.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liaison.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * The engagements' part of a person's personal data: the engagements they took part in, with
 * their side and role; erasure removes them from the participants (the engagement stays).
 */
@Component
class EngagementPersonalData implements PersonalDataContributor {

    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    EngagementPersonalData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String module() {
        return "engagements";
    }

    private List<Engagement> attended(UUID person) {
        return entityManager.createQuery(
                "select distinct e from Engagement e join e.participants p where p.person = :person", Engagement.class)
                .setParameter("person", person).getResultList();
    }

    @Override
    public Map<String, Object> export(UUID person) {
        var engagements = attended(person).stream().map(e -> {
            var item = new LinkedHashMap<String, Object>();
            item.put("id", e.getId().toString());
            item.put("kind", e.getKind().name());
            item.put("title", e.getTitle());
            item.put("startsAt", e.getStartsAt().toString());
            e.getParticipants().stream().filter(p -> person.equals(p.person())).findFirst().ifPresent(p -> {
                item.put("side", p.side().name());
                if (p.role() != null) {
                    item.put("role", p.role());
                }
            });
            return (Object) item;
        }).toList();
        return engagements.isEmpty() ? Map.of() : Map.of("engagements", engagements);
    }

    @Override
    public void erase(UUID person) {
        for (var engagement : attended(person)) {
            engagement.participate(engagement.getParticipants().stream().filter(p -> !person.equals(p.person())).toList());
            engagement.touch(clock.instant());
        }
        entityManager.flush();
    }
}
