package org.liaison.news.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One entry of "what is new": a news item published, an engagement logged, an organization
 * registered, with what followers may follow it by (organizations, countries, topics). One entry
 * per record: logged again, it is updated, not repeated, so a digest never sends it twice.
 * Visibility is checked when it is shown, through the owning module's queries.
 */
@Entity
@Table(name = "news_update")
public class Update {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UpdateKind kind;

    @Column(name = "ref_id", nullable = false)
    private UUID ref;

    @Column(length = 500)
    private @Nullable String title;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 4000)
    private String organizations;

    @Column(nullable = false, length = 400)
    private String countries;

    @Column(nullable = false, length = 2000)
    private String topics;

    protected Update() {
        this.id = UUID.randomUUID();
        this.kind = UpdateKind.NEWS;
        this.ref = id;
        this.occurredOn = LocalDate.EPOCH;
        this.recordedAt = Instant.EPOCH;
        this.organizations = "";
        this.countries = "";
        this.topics = "";
    }

    public Update(UpdateKind kind, UUID ref, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.ref = ref;
        this.occurredOn = LocalDate.EPOCH;
        this.recordedAt = now;
        this.organizations = "";
        this.countries = "";
        this.topics = "";
    }

    public void describe(@Nullable String title, LocalDate occurredOn, Collection<UUID> organizations,
            Collection<String> countries, Collection<String> topics) {
        this.title = title == null ? null : title.length() > 500 ? title.substring(0, 500) : title;
        this.occurredOn = occurredOn;
        this.organizations = join(organizations.stream().map(UUID::toString).toList());
        this.countries = join(countries);
        this.topics = join(topics);
    }

    /** Whether a follower of these organizations, countries or topics is interested. */
    public boolean matches(Set<String> followedOrganizations, Set<String> followedCountries, Set<String> followedTopics) {
        return split(organizations).stream().anyMatch(followedOrganizations::contains)
                || split(countries).stream().anyMatch(followedCountries::contains)
                || split(topics).stream().anyMatch(followedTopics::contains);
    }

    private static String join(Collection<String> values) {
        return values.stream().filter(v -> !v.isBlank()).distinct().sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : Arrays.stream(joined.split(",")).collect(Collectors.toSet());
    }

    public UUID getId() { return id; }
    public UpdateKind getKind() { return kind; }
    public UUID getRef() { return ref; }
    public @Nullable String getTitle() { return title; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public Instant getRecordedAt() { return recordedAt; }
    public Set<UUID> organizationIds() { return split(organizations).stream().map(UUID::fromString).collect(Collectors.toSet()); }
}
