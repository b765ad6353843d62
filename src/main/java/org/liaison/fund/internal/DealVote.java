package org.liaison.fund.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.liaison.fund.core.VoteChoice;

/** A committee member's vote on a deal; one per member (a unique key), never changed. */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Immutable
@Table(name = "deal_vote")
public class DealVote {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "deal_id", nullable = false)
    private UUID deal;

    @Column(name = "member_id", nullable = false)
    private UUID member;

    @Column(name = "member_name", nullable = false, length = 200)
    private String memberName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VoteChoice choice;

    @Column(nullable = false, length = 2000)
    private String comment;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected DealVote() {
        this.deal = UUID.randomUUID();
        this.member = UUID.randomUUID();
        this.memberName = "";
        this.choice = VoteChoice.ABSTAIN;
        this.comment = "";
        this.castAt = Instant.EPOCH;
    }

    public DealVote(UUID deal, UUID member, String memberName, VoteChoice choice, String comment, Instant castAt) {
        this.deal = deal;
        this.member = member;
        this.memberName = memberName;
        this.choice = choice;
        this.comment = comment;
        this.castAt = castAt;
    }

    public UUID getId() { return id; }
    public UUID getDeal() { return deal; }
    public UUID getMember() { return member; }
    public String getMemberName() { return memberName; }
    public VoteChoice getChoice() { return choice; }
    public String getComment() { return comment; }
    public Instant getCastAt() { return castAt; }
}
