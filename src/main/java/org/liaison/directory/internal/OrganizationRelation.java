package org.liaison.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.RelationType;
import org.liaison.shared.RuleViolationException;

/** A dated, typed relation: {@code from} is (type) {@code to}, e.g. Toshiba MEMBER_OF Keidanren. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "organization_relation")
public class OrganizationRelation {

    @Id
    private UUID id;

    /** Null until first saved, so the repository persists a new record instead of merging it. */
    @Version
    private @Nullable Long version;

    @Column(name = "from_organization_id", nullable = false)
    private UUID from;

    @Column(name = "to_organization_id", nullable = false)
    private UUID to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RelationType type;

    @Column(name = "valid_from")
    private @Nullable LocalDate validFrom;

    @Column(name = "valid_to")
    private @Nullable LocalDate validTo;

    @Column(length = 1000)
    private @Nullable String note;

    protected OrganizationRelation() {
        this.id = UUID.randomUUID();
        this.from = new UUID(0, 0);
        this.to = new UUID(0, 0);
        this.type = RelationType.PARTNER_OF;
    }

    public OrganizationRelation(UUID from, RelationType type, UUID to, @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo, @Nullable String note) {
        if (from.equals(to)) {
            throw new RuleViolationException("relation-to-itself", "An organization cannot be related to itself");
        }
        this.id = UUID.randomUUID();
        this.from = from;
        this.to = to;
        this.type = type;
        change(validFrom, validTo, note);
    }

    public void change(@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String note) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new RuleViolationException("period-reversed", "A relation cannot end before it starts");
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** Repoints the merged organization's end to the survivor; false if that would relate it to itself. */
    boolean repoint(UUID merged, UUID survivor) {
        UUID newFrom = from.equals(merged) ? survivor : from;
        UUID newTo = to.equals(merged) ? survivor : to;
        if (newFrom.equals(newTo)) {
            return false;
        }
        this.from = newFrom;
        this.to = newTo;
        return true;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public UUID getFrom() {
        return from;
    }

    public UUID getTo() {
        return to;
    }

    public RelationType getType() {
        return type;
    }

    public @Nullable LocalDate getValidFrom() {
        return validFrom;
    }

    public @Nullable LocalDate getValidTo() {
        return validTo;
    }

    public @Nullable String getNote() {
        return note;
    }
}
