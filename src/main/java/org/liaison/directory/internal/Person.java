package org.liaison.directory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessControl;
import org.liaison.directory.PersonId;
import org.liaison.directory.search.NamesBinder;
import org.liaison.shared.RuleViolationException;

/** A person, with names in several scripts. Roles live on affiliations. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "person")
@Indexed(index = "person")
public class Person {

    @Id
    private UUID id;

    /** Null until first saved, so the repository persists a new record instead of merging it. */
    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "person_name", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    // Changes to the collection alone do not bump the version (Hibernate would bump it once more right
    // after inserting a new record, behind the returned version's back); every change also touches
    // updatedAt, which does.
    @OptimisticLock(excluded = true)
    @PropertyBinding(binder = @PropertyBinderRef(type = NamesBinder.class))
    private List<Name> names = new ArrayList<>();

    @Column(length = 4000)
    private @Nullable String description;

    @Embedded
    @IndexedEmbedded
    private AccessControl access;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Person() {
        this.id = UUID.randomUUID();
        this.access = AccessControl.internal(null);
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Person(List<Name> names, @Nullable String description, AccessControl access, Instant now) {
        this.id = UUID.randomUUID();
        this.access = access;
        this.description = description;
        this.createdAt = now;
        this.updatedAt = now;
        rename(names);
    }

    public void rename(Collection<Name> newNames) {
        var list = newNames.stream().filter(n -> !n.text().isBlank()).toList();
        if (list.isEmpty()) {
            throw new RuleViolationException("name-required", "A person needs at least one name");
        }
        if (list.stream().filter(Name::primary).count() > 1) {
            throw new RuleViolationException("one-primary-name", "Exactly one name is primary");
        }
        boolean hasPrimary = list.stream().anyMatch(Name::primary);
        names.clear();
        for (int i = 0; i < list.size(); i++) {
            var n = list.get(i);
            names.add(!hasPrimary && i == 0 ? new Name(n.text(), n.lang(), true, n.alias()) : n);
        }
    }

    public void describe(@Nullable String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
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

    public UUID getId() {
        return id;
    }

    public PersonId id() {
        return new PersonId(id);
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public List<Name> getNames() {
        return List.copyOf(names);
    }

    public Name primaryName() {
        return names.stream().filter(Name::primary).findFirst().orElse(names.get(0));
    }

    public @Nullable String getDescription() {
        return description;
    }

    public AccessControl getAccess() {
        return access;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
