package org.liaison.relationships.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * An organization that took part in an engagement, as the engagements module reported it: two
 * organizations at the same engagement know each other, a link for introduction paths.
 */
@Entity
@Table(name = "relationship_engagement_party")
@IdClass(EngagementParty.Key.class)
public class EngagementParty {

    public record Key(UUID engagement, UUID organization) implements Serializable {
        public Key() {
            this(new UUID(0, 0), new UUID(0, 0));
        }
    }

    @Id
    @Column(name = "engagement_id", nullable = false)
    private UUID engagement;

    @Id
    @Column(name = "organization_id", nullable = false)
    private UUID organization;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 32)
    private String kind;

    protected EngagementParty() {
        this.engagement = new UUID(0, 0);
        this.organization = new UUID(0, 0);
        this.date = LocalDate.EPOCH;
        this.kind = "";
    }

    EngagementParty(UUID engagement, UUID organization, LocalDate date, String kind) {
        this.engagement = engagement;
        this.organization = organization;
        this.date = date;
        this.kind = kind;
    }

    void change(LocalDate newDate, String newKind) {
        this.date = newDate;
        this.kind = newKind;
    }

    public UUID engagement() {
        return engagement;
    }

    public UUID organization() {
        return organization;
    }

    public LocalDate date() {
        return date;
    }

    public String kind() {
        return kind;
    }
}
