package org.liaison.agreements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessControl;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementStatus;
import org.liaison.shared.RuleViolationException;

/**
 * An agreement between two or more organizations, moving through its life only by
 * {@link #transition}: each move is checked by the {@link Lifecycle} and by the guards here, and
 * recorded for the timeline. SHARED with every party, so a partner user sees exactly the
 * agreements its organization is party to ({@link #parties} and {@code sharedWith} are kept in
 * step here and nowhere else).
 */
@Entity
@Audited // history of changes: operations' audit trail (table <name>_aud)
@Table(name = "agreement")
public class Agreement {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AgreementKind kind;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 4000)
    private @Nullable String subject;

    /** BCP 47 tags, comma-separated. */
    @Column(nullable = false, length = 200)
    private String languages = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @Column(name = "signed_on")
    private @Nullable LocalDate signedOn;

    @Column(name = "effective_on")
    private @Nullable LocalDate effectiveOn;

    @Column(name = "expires_on")
    private @Nullable LocalDate expiresOn;

    @Column(name = "notice_days", nullable = false)
    private int noticeDays = Term.DEFAULT_NOTICE_DAYS;

    @Column(name = "engagement_id")
    private @Nullable UUID engagement;

    @Column(name = "predecessor_id")
    private @Nullable UUID predecessor;

    @Column(name = "successor_id")
    private @Nullable UUID successor;

    @Column(nullable = false)
    private boolean sample;

    @Embedded
    private AccessControl access = AccessControl.internal(null);

    // Not counted by themselves (as in engagements): inserting the rows of a new agreement bumped
    // the row's version behind the entity's back. Every change of parties or history also sets
    // updatedAt, which bumps the version once.
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Party> parties = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "agreement_status_change", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<StatusChange> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Agreement() {
        this.id = UUID.randomUUID();
        this.kind = AgreementKind.MEMORANDUM_OF_UNDERSTANDING;
        this.title = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Agreement(AgreementKind kind, String title, List<Party> parties, LocalDate today, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
        setParties(parties);
        history.add(new StatusChange(null, AgreementStatus.DRAFT, today, by, now));
    }

    void rename(AgreementKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    void describe(@Nullable String subject, List<String> languages) {
        this.subject = subject;
        this.languages = String.join(",", languages);
    }

    void setTerm(@Nullable LocalDate effectiveOn, @Nullable LocalDate expiresOn, @Nullable Integer noticeDays) {
        if (effectiveOn != null && expiresOn != null && expiresOn.isBefore(effectiveOn)) {
            throw new RuleViolationException("agreement-expiry-before-start",
                    "An agreement cannot expire before it takes effect");
        }
        if (noticeDays != null && (noticeDays < 0 || noticeDays > 3650)) {
            throw new RuleViolationException("agreement-notice-days", "The notice period must be 0 to 3650 days");
        }
        this.effectiveOn = effectiveOn;
        this.expiresOn = expiresOn;
        this.noticeDays = noticeDays == null ? Term.DEFAULT_NOTICE_DAYS : noticeDays;
    }

    void setParties(List<Party> parties) {
        var organizations = new LinkedHashSet<UUID>();
        parties.forEach(p -> organizations.add(p.organization()));
        if (organizations.size() < 2) {
            throw new RuleViolationException("agreement-parties", "An agreement needs two or more different organizations");
        }
        if (organizations.size() != parties.size()) {
            throw new RuleViolationException("agreement-parties", "An organization is a party only once");
        }
        this.parties.clear();
        this.parties.addAll(parties);
        this.access = AccessControl.shared(null, Set.copyOf(organizations));
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void linkEngagement(@Nullable UUID engagement) {
        this.engagement = engagement;
    }

    void markSample(boolean sample) {
        this.sample = sample;
    }

    /**
     * Moves to the next state. {@code on} is the date the move takes effect (the signature date for
     * SIGN). Guards: signing needs a date not after today and not after the expiry; activating needs
     * the start reached.
     */
    void transition(Transition transition, LocalDate on, LocalDate today, String by, Instant now) {
        var next = Lifecycle.next(status, transition);
        switch (transition) {
            case SIGN -> {
                if (on.isAfter(today)) {
                    throw new RuleViolationException("agreement-signed-in-future", "An agreement cannot be signed on a future date");
                }
                if (expiresOn != null && on.isAfter(expiresOn)) {
                    throw new RuleViolationException("agreement-signed-after-expiry", "An agreement cannot be signed after its expiry date");
                }
                this.signedOn = on;
            }
            case ACTIVATE -> {
                var starts = term().startsOn();
                if (starts != null && today.isBefore(starts)) {
                    throw new RuleViolationException("agreement-not-yet-effective",
                            "The agreement takes effect on " + starts + "; it cannot be active before");
                }
            }
            default -> { }
        }
        history.add(new StatusChange(status, next, on, by, now));
        this.status = next;
        this.updatedAt = now;
    }

    void renewedBy(UUID successor) {
        this.successor = successor;
    }

    void renews(UUID predecessor) {
        this.predecessor = predecessor;
    }

    void organizationsMerged(UUID merged, UUID survivor, Instant now) {
        boolean survivorIsParty = parties.stream().anyMatch(p -> p.organization().equals(survivor));
        if (survivorIsParty) {
            parties.removeIf(p -> p.organization().equals(merged));
        } else {
            parties.stream().filter(p -> p.organization().equals(merged)).forEach(p -> p.moveTo(survivor));
        }
        var organizations = new LinkedHashSet<UUID>();
        parties.forEach(p -> organizations.add(p.organization()));
        this.access = AccessControl.shared(null, Set.copyOf(organizations));
        this.updatedAt = now;
    }

    public Term term() {
        return new Term(signedOn, effectiveOn, expiresOn, noticeDays);
    }

    public UUID getId() { return id; }
    public long getVersion() { return version == null ? 0 : version; }
    public AgreementKind getKind() { return kind; }
    public String getTitle() { return title; }
    public @Nullable String getSubject() { return subject; }
    public List<String> getLanguages() { return languages.isBlank() ? List.of() : List.of(languages.split(",")); }
    public AgreementStatus getStatus() { return status; }
    public @Nullable UUID getEngagement() { return engagement; }
    public @Nullable UUID getPredecessor() { return predecessor; }
    public @Nullable UUID getSuccessor() { return successor; }
    public boolean isSample() { return sample; }
    public AccessControl getAccess() { return access; }
    public List<Party> getParties() { return List.copyOf(parties); }
    public List<StatusChange> getHistory() { return List.copyOf(history); }
    public Instant getUpdatedAt() { return updatedAt; }

    public List<UUID> organizations() {
        return parties.stream().map(Party::organization).toList();
    }
}
