package org.liaison.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.RuleViolationException;

/** A person's role at an organization over a period; a person can hold several over time. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "affiliation")
public class Affiliation {

    @Id
    private UUID id;

    /** Null until first saved, so the repository persists a new record instead of merging it. */
    @Version
    private @Nullable Long version;

    @Column(name = "person_id", nullable = false)
    private UUID person;

    @Column(name = "organization_id", nullable = false)
    private UUID organization;

    /** The role or title as the source states it: "President", "Vice-Premier". */
    @Column(length = 200)
    private @Nullable String role;

    @Column(name = "valid_from")
    private @Nullable LocalDate from;

    @Column(name = "valid_to")
    private @Nullable LocalDate to;

    protected Affiliation() {
        this.id = UUID.randomUUID();
        this.person = new UUID(0, 0);
        this.organization = new UUID(0, 0);
    }

    public Affiliation(UUID person, UUID organization, @Nullable String role, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.organization = organization;
        change(role, from, to);
    }

    public void change(@Nullable String role, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolationException("period-reversed", "An affiliation cannot end before it starts");
        }
        this.role = role == null || role.isBlank() ? null : role.strip();
        this.from = from;
        this.to = to;
    }

    void moveTo(UUID survivor) {
        this.organization = survivor;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public UUID getPerson() {
        return person;
    }

    public UUID getOrganization() {
        return organization;
    }

    public @Nullable String getRole() {
        return role;
    }

    public @Nullable LocalDate getFrom() {
        return from;
    }

    public @Nullable LocalDate getTo() {
        return to;
    }
}
