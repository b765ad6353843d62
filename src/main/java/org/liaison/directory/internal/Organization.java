package org.liaison.directory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessControl;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.search.LiaisonAnalysisConfigurer;
import org.liaison.directory.search.NamesBinder;
import org.liaison.directory.search.WebsiteHostBridge;
import org.liaison.shared.RuleViolationException;

/** An organization of any kind, with its names in every script it is known by. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "organization")
@Indexed(index = "organization")
public class Organization {

    @Id
    private UUID id;

    /** Null until first saved, so the repository persists a new record instead of merging it. */
    @Version
    private @Nullable Long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private OrganizationKind kind;

    /** ISO 3166-1 alpha-2, upper case. */
    @Column(length = 2)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private @Nullable String country;

    @Column(length = 200)
    @FullTextField(analyzer = LiaisonAnalysisConfigurer.NAME, projectable = Projectable.YES)
    private @Nullable String city;

    @Column(length = 500)
    @KeywordField(name = "websiteHost", valueBridge = @ValueBridgeRef(type = WebsiteHostBridge.class))
    private @Nullable String website;

    @Column(length = 4000)
    private @Nullable String description;

    @ElementCollection
    @CollectionTable(name = "organization_name", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    // Changes to the collection alone do not bump the version (Hibernate would bump it once more right
    // after inserting a new record, behind the returned version's back); every change also touches
    // updatedAt, which does.
    @OptimisticLock(excluded = true)
    @PropertyBinding(binder = @PropertyBinderRef(type = NamesBinder.class))
    private List<Name> names = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_technology_area", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "area", length = 100)
    // Changes to the collection alone do not bump the version (Hibernate would bump it once more right
    // after inserting a new record, behind the returned version's back); every change also touches
    // updatedAt, which does.
    @OptimisticLock(excluded = true)
    private Set<String> technologyAreas = new LinkedHashSet<>();

    @Embedded
    @IndexedEmbedded
    private AccessControl access;

    /** Set when this organization was merged into another: it then only redirects. */
    @Column(name = "merged_into")
    private @Nullable UUID mergedInto;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Organization() {
        this.id = UUID.randomUUID();
        this.kind = OrganizationKind.OTHER;
        this.access = AccessControl.internal(null);
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Organization(OrganizationKind kind, List<Name> names, @Nullable String country, AccessControl access,
            Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.access = access;
        this.createdAt = now;
        this.updatedAt = now;
        rename(names);
        setCountry(country);
    }

    /** Replaces the names; exactly one non-alias name is primary (the first one if none is marked). */
    public void rename(Collection<Name> newNames) {
        var list = newNames.stream().filter(n -> !n.text().isBlank()).toList();
        if (list.stream().noneMatch(n -> !n.alias())) {
            throw new RuleViolationException("name-required", "An organization needs at least one name");
        }
        long primaries = list.stream().filter(Name::primary).count();
        if (primaries > 1) {
            throw new RuleViolationException("one-primary-name", "Exactly one name is primary");
        }
        var result = new ArrayList<Name>();
        boolean needPrimary = primaries == 0;
        for (Name n : list) {
            if (needPrimary && !n.alias()) {
                result.add(new Name(n.text(), n.lang(), true, false));
                needPrimary = false;
            } else {
                result.add(n);
            }
        }
        names.clear();
        names.addAll(result);
    }

    public void setCountry(@Nullable String country) {
        if (country == null || country.isBlank()) {
            this.country = null;
            return;
        }
        var code = country.strip().toUpperCase(java.util.Locale.ROOT);
        if (!Countries.isValid(code)) {
            throw new RuleViolationException("invalid-country", "Not an ISO 3166-1 alpha-2 code: " + country);
        }
        this.country = code;
    }

    public void describe(@Nullable String city, @Nullable String website, @Nullable String description,
            Collection<String> technologyAreas) {
        this.city = blankToNull(city);
        this.website = blankToNull(website);
        this.description = blankToNull(description);
        this.technologyAreas.clear();
        technologyAreas.stream().map(String::strip).filter(a -> !a.isEmpty()).forEach(this.technologyAreas::add);
    }

    public void changeKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public void changeAccess(AccessControl access) {
        this.access = access;
    }

    /**
     * Records a change. updatedAt always moves forward, even under a fixed clock, so every change
     * bumps the version and a concurrent write based on the old one fails.
     */
    public void touch(Instant now) {
        this.updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plusNanos(1000);
    }

    /** Absorbs the names of a merged duplicate as aliases, skipping those already known. */
    void absorbNames(Organization merged) {
        for (Name n : merged.names) {
            boolean known = names.stream().anyMatch(m -> m.text().equalsIgnoreCase(n.text()));
            if (!known) {
                names.add(n.asAlias());
            }
        }
        if (this.website == null) {
            this.website = merged.website;
        }
        merged.technologyAreas.forEach(this.technologyAreas::add);
    }

    void markMergedInto(Organization survivor) {
        if (survivor.id.equals(this.id)) {
            throw new RuleViolationException("merge-into-itself", "An organization cannot be merged into itself");
        }
        this.mergedInto = survivor.id;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID getId() {
        return id;
    }

    public OrganizationId id() {
        return new OrganizationId(id);
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public @Nullable String getCountry() {
        return country;
    }

    public @Nullable String getCity() {
        return city;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public List<Name> getNames() {
        return List.copyOf(names);
    }

    public List<Name> officialNames() {
        return names.stream().filter(n -> !n.alias()).toList();
    }

    public List<Name> aliases() {
        return names.stream().filter(Name::alias).toList();
    }

    public Name primaryName() {
        return names.stream().filter(Name::primary).findFirst().orElse(names.get(0));
    }

    public Set<String> getTechnologyAreas() {
        return Set.copyOf(technologyAreas);
    }

    public AccessControl getAccess() {
        return access;
    }

    public @Nullable UUID getMergedInto() {
        return mergedInto;
    }

    @GenericField(name = "merged")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "mergedInto")))
    public boolean isMerged() {
        return mergedInto != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
