package org.liaison.news.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import org.liaison.news.NewsItemId;
import org.liaison.shared.RuleViolationException;

/**
 * A news item: its text (the body is sanitized rich text, always), its source, topics and the
 * organizations, people and engagements it is about, and its status. Status changes only through
 * {@link #publish}, {@link #schedule}, {@link #withdraw} and {@link #publishIfDue}, each guarding
 * where it may come from. Published items are public: no access control beyond the status.
 */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "news_item")
public class NewsItem {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(nullable = false, unique = true, length = 200)
    private String slug;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 2000)
    private @Nullable String summary;

    @Column(nullable = false, length = 200000)
    private String body;

    @Column(nullable = false, length = 16)
    private String lang;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NewsStatus status;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "scheduled_at")
    private @Nullable Instant scheduledAt;

    @Column(name = "source_name", length = 300)
    private @Nullable String sourceName;

    @Column(name = "source_url", length = 2000)
    private @Nullable String sourceUrl;

    @Column(nullable = false)
    private boolean sample;

    // The links do not count by themselves: every change of them also touches updatedAt, which bumps
    // the version once (counted, inserting a new item's rows bumped the version behind its back).
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "news_item_topic", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "topic_id")
    private Set<UUID> topics = new LinkedHashSet<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "news_item_organization", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<LinkedOrganization> organizations = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "news_item_person", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "person_id")
    private Set<UUID> people = new LinkedHashSet<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "news_item_engagement", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "engagement_id")
    private Set<UUID> engagements = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NewsItem() {
        this.id = UUID.randomUUID();
        this.slug = "";
        this.title = "";
        this.body = "";
        this.lang = "en";
        this.status = NewsStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    /** A new draft; {@code body} is sanitized here, whatever the caller did. */
    public NewsItem(String slug, String title, String body, String lang, Instant now) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.title = title;
        this.body = RichText.sanitize(body);
        this.lang = lang;
        this.status = NewsStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void write(String title, @Nullable String summary, String body, String lang, Instant now) {
        this.title = title;
        this.summary = summary;
        this.body = RichText.sanitize(body);
        this.lang = lang;
        this.updatedAt = now;
    }

    public void cite(@Nullable String sourceName, @Nullable String sourceUrl) {
        this.sourceName = sourceName;
        this.sourceUrl = sourceUrl;
    }

    public void link(Set<UUID> topics, List<LinkedOrganization> organizations, Set<UUID> people, Set<UUID> engagements) {
        this.topics.clear();
        this.topics.addAll(topics);
        this.organizations.clear();
        organizations.stream().filter(o -> this.organizations.stream().noneMatch(k -> k.organization().equals(o.organization())))
                .forEach(this.organizations::add);
        this.people.clear();
        this.people.addAll(people);
        this.engagements.clear();
        this.engagements.addAll(engagements);
    }

    public void markSample(boolean sample) {
        this.sample = sample;
    }

    /** Publishes now; true when it was not published before (publishing twice changes nothing). */
    public boolean publish(Instant now) {
        if (status == NewsStatus.PUBLISHED) {
            return false;
        }
        status = NewsStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        scheduledAt = null;
        updatedAt = now;
        return true;
    }

    /** Keeps the publication time the story gives (demo data, imports) instead of now. */
    public void backdate(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    /** To be published at {@code at} (to the second) by the publication job; refused for a published item or a time not in the future. */
    public void schedule(Instant at, Instant now) {
        if (status == NewsStatus.PUBLISHED) {
            throw new RuleViolationException("news-already-published", "A published item cannot be scheduled; withdraw it first");
        }
        if (!at.isAfter(now)) {
            throw new RuleViolationException("news-schedule-in-past", "The publication time must be in the future");
        }
        status = NewsStatus.SCHEDULED;
        scheduledAt = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        updatedAt = now;
    }

    /** Publishes a scheduled item whose time has come; true when it did. */
    public boolean publishIfDue(Instant now) {
        if (status != NewsStatus.SCHEDULED || scheduledAt == null || scheduledAt.isAfter(now)) {
            return false;
        }
        var at = scheduledAt;
        publish(now);
        publishedAt = at;
        return true;
    }

    /** Takes a published or scheduled item off the public pages and feeds. */
    public void withdraw(Instant now) {
        if (status != NewsStatus.PUBLISHED && status != NewsStatus.SCHEDULED) {
            throw new RuleViolationException("news-not-published", "Only a published or scheduled item can be withdrawn");
        }
        status = NewsStatus.WITHDRAWN;
        scheduledAt = null;
        updatedAt = now;
    }

    public void replaceOrganization(UUID merged, UUID survivor, Instant now) {
        this.updatedAt = now;
        var replaced = organizations.stream()
                .map(o -> o.organization().equals(merged) ? new LinkedOrganization(survivor, o.name()) : o).toList();
        link(Set.copyOf(topics), replaced, Set.copyOf(people), Set.copyOf(engagements));
    }

    /** Removes a person from the item's links (erasure of their personal data). */
    public void unlinkPerson(UUID person, Instant now) {
        if (people.remove(person)) {
            updatedAt = now;
        }
    }

    /** Moves the item from a retired topic to the topic it is merged into; false when it was not in the retired one. */
    public boolean replaceTopic(UUID retired, UUID into, Instant now) {
        if (!topics.remove(retired)) {
            return false;
        }
        topics.add(into);
        updatedAt = now;
        return true;
    }

    public boolean isPublished() {
        return status == NewsStatus.PUBLISHED;
    }

    public UUID getId() { return id; }
    public NewsItemId id() { return new NewsItemId(id); }
    public long getVersion() { return version == null ? 0 : version; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public @Nullable String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getLang() { return lang; }
    public NewsStatus getStatus() { return status; }
    public @Nullable Instant getPublishedAt() { return publishedAt; }
    public @Nullable Instant getScheduledAt() { return scheduledAt; }
    public @Nullable String getSourceName() { return sourceName; }
    public @Nullable String getSourceUrl() { return sourceUrl; }
    public boolean isSample() { return sample; }
    public Set<UUID> getTopics() { return Set.copyOf(topics); }
    public List<LinkedOrganization> getOrganizations() { return List.copyOf(organizations); }
    public Set<UUID> getPeople() { return Set.copyOf(people); }
    public Set<UUID> getEngagements() { return Set.copyOf(engagements); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
