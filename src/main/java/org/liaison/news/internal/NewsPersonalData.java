package org.liaison.news.internal;

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
 * The news' part of a person's personal data: the news items that link them (drafts too). Erasure
 * removes the link; the item's text, written and published by the hub, stays. Subscriptions and
 * digest addresses belong to user accounts, not to people of the directory.
 */
@Component
class NewsPersonalData implements PersonalDataContributor {

    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    NewsPersonalData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String module() {
        return "news";
    }

    private List<NewsItem> linking(UUID person) {
        return entityManager.createQuery("select distinct n from NewsItem n join n.people p where p = :person", NewsItem.class)
                .setParameter("person", person).getResultList();
    }

    @Override
    public Map<String, Object> export(UUID person) {
        var items = linking(person).stream().map(n -> {
            var item = new LinkedHashMap<String, Object>();
            item.put("id", n.getId().toString());
            item.put("title", n.getTitle());
            item.put("status", n.getStatus().name());
            if (n.getPublishedAt() != null) {
                item.put("publishedAt", n.getPublishedAt().toString());
                item.put("path", "/news/" + n.getSlug());
            }
            return (Object) item;
        }).toList();
        return items.isEmpty() ? Map.of() : Map.of("newsItems", items);
    }

    @Override
    public void erase(UUID person) {
        for (var item : linking(person)) {
            item.unlinkPerson(person, clock.instant());
        }
        entityManager.flush();
    }
}
