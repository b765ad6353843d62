package org.liaison.news.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The news items. */
public interface NewsItems extends JpaRepository<NewsItem, UUID> {

    Optional<NewsItem> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<NewsItem> findByStatusOrderByPublishedAtDescTitleAsc(NewsStatus status, Pageable page);

    @Query("select n from NewsItem n join n.topics t where n.status = :status and t = :topic order by n.publishedAt desc, n.title")
    List<NewsItem> findByStatusAndTopic(NewsStatus status, UUID topic, Pageable page);

    @Query("select distinct n from NewsItem n join n.organizations o where n.status = :status and o.organization = :organization order by n.publishedAt desc, n.title")
    List<NewsItem> findByStatusAndOrganization(NewsStatus status, UUID organization, Pageable page);

    @Query("select distinct n from NewsItem n join n.organizations o where o.organization = :organization")
    List<NewsItem> findWithOrganization(UUID organization);

    @Query("select n from NewsItem n where n.status = org.liaison.news.internal.NewsStatus.SCHEDULED and n.scheduledAt <= :now order by n.scheduledAt")
    List<NewsItem> findDue(Instant now);

    List<NewsItem> findAllByOrderByUpdatedAtDesc(Pageable page);

    /** When the public pages last changed: the latest update of a published or withdrawn item. */
    @Query("select max(n.updatedAt) from NewsItem n where n.status in (org.liaison.news.internal.NewsStatus.PUBLISHED, org.liaison.news.internal.NewsStatus.WITHDRAWN)")
    Optional<Instant> lastPublicChange();

    long countByStatus(NewsStatus status);

    @Query("select n from NewsItem n join n.topics t where t = :topic")
    List<NewsItem> findWithTopic(UUID topic);
}
