package org.liaison.agreements.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessSpecifications;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementEnded;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementParty;
import org.liaison.agreements.AgreementSigned;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.AgreementSummary;
import org.liaison.agreements.Agreements;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationSummary;
import org.liaison.directory.PersonId;
import org.liaison.documents.DocumentId;
import org.liaison.documents.DocumentVersion;
import org.liaison.documents.Documents;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements' commands and queries with their rules: who may see and change what, the
 * lifecycle with its events, renewals, milestones and documents. Pages, the API and other modules
 * (through {@link Agreements}) all go through here.
 */
@Service
@Transactional
public class AgreementService implements Agreements {

    private final AgreementRepository agreements;
    private final Milestones milestones;
    private final DirectoryQueries directory;
    private final Documents documents;
    private final CurrentViewer viewer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, Milestones milestones, DirectoryQueries directory,
            Documents documents, CurrentViewer viewer, ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.milestones = milestones;
        this.directory = directory;
        this.documents = documents;
        this.viewer = viewer;
        this.events = events;
        this.clock = clock;
    }

    // The facade

    @Override
    public AgreementId draft(AgreementDraft draft) {
        return new AgreementId(create(draft).id());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgreementSummary> find(AgreementId id) {
        return agreements.findById(id.value()).filter(this::visibleToViewer).map(AgreementService::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgreementSummary> ofOrganization(OrganizationId organization) {
        return list(new AgreementFilter(null, null, null, null, organization.value())).stream()
                .map(v -> new AgreementSummary(new AgreementId(v.id()), v.kind(), v.title(), v.status(),
                        v.parties().stream().map(p -> new OrganizationId(p.organizationId())).toList(), v.signedOn(),
                        v.effectiveOn(), v.expiresOn(), v.sample()))
                .toList();
    }

    // Reading

    /** The agreements the viewer may see that match the filter, latest change first (at most 500). */
    @Transactional(readOnly = true)
    public List<AgreementView> list(AgreementFilter filter) {
        Specification<Agreement> spec = AccessSpecifications.<Agreement>permits(viewer.get().readScope())
                .and(matching(filter, today()));
        var found = agreements.findAll(spec, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("title")));
        if (filter.country() == null || filter.country().isBlank()) {
            return views(found.stream().limit(500).toList());
        }
        // Countries are the directory's: filter every visible match by its parties' countries, then cut.
        String country = filter.country().toUpperCase(java.util.Locale.ROOT);
        return views(found).stream().filter(v -> v.parties().stream().anyMatch(p -> country.equals(p.country())))
                .limit(500).toList();
    }

    @Transactional(readOnly = true)
    public AgreementView agreement(UUID id) {
        return view(readable(id));
    }

    @Transactional(readOnly = true)
    public List<MilestoneView> milestones(UUID id) {
        var agreement = readable(id);
        var list = milestones.findByAgreementOrderByDueOnAscTitleAsc(agreement.getId());
        var names = directory.names(list.stream().map(m -> new OrganizationId(m.getOwner())).toList());
        return list.stream().map(m -> milestoneView(m, names)).toList();
    }

    /** Milestones of every agreement the viewer may see, for the calendar and the organization panel. */
    @Transactional(readOnly = true)
    public List<MilestoneView> allMilestones() {
        var visible = agreements.findAll(AccessSpecifications.<Agreement>permits(viewer.get().readScope()));
        var list = milestones.findByAgreementInOrderByDueOnAsc(visible.stream().map(Agreement::getId).toList());
        var names = directory.names(list.stream().map(m -> new OrganizationId(m.getOwner())).toList());
        return list.stream().map(m -> milestoneView(m, names)).toList();
    }

    // Writing

    public AgreementView create(AgreementDraft draft) {
        requireManager();
        var agreement = new Agreement(draft.kind(), title(draft.title()), parties(draft.parties()), today(),
                viewer.get().username(), now());
        agreement.describe(blankToNull(draft.subject()), languages(draft.languages()));
        agreement.setTerm(draft.effectiveOn(), draft.expiresOn(), draft.noticeDays());
        agreement.linkEngagement(draft.engagement() == null ? null : draft.engagement().value());
        agreement.markSample(draft.sample());
        agreements.saveAndFlush(agreement);
        return view(agreement);
    }

    public AgreementView update(UUID id, long expectedVersion, AgreementDraft draft) {
        var agreement = readable(id);
        requireManager();
        Versions.check("agreement", id, expectedVersion, agreement.getVersion());
        if (agreement.getStatus().inForce() || agreement.getStatus().isFinal()) {
            throw new RuleViolationException("agreement-signed-unchangeable",
                    "A signed agreement is not changed: renew or terminate it");
        }
        agreement.rename(draft.kind(), title(draft.title()));
        agreement.setParties(parties(draft.parties()));
        agreement.describe(blankToNull(draft.subject()), languages(draft.languages()));
        agreement.setTerm(draft.effectiveOn(), draft.expiresOn(), draft.noticeDays());
        agreement.linkEngagement(draft.engagement() == null ? null : draft.engagement().value());
        agreement.touch(now());
        agreements.saveAndFlush(agreement);
        return view(agreement);
    }

    /**
     * A transition a person asked for. {@code on} is the date it takes effect (signature date for
     * {@code sign}; today when null). Renewing creates the successor, returned in {@code successorId}.
     */
    public AgreementView transition(UUID id, Transition transition, @Nullable Long expectedVersion,
            @Nullable LocalDate on) {
        var agreement = readable(id);
        requireManager();
        if (!transition.manual()) {
            throw new IllegalTransitionException(agreement.getStatus(), transition,
                    Lifecycle.manualFrom(agreement.getStatus()));
        }
        if (expectedVersion != null) {
            Versions.check("agreement", id, expectedVersion, agreement.getVersion());
        }
        apply(agreement, transition, on == null ? today() : on, viewer.get().username());
        if (transition == Transition.RENEW) {
            renew(agreement);
        }
        agreements.saveAndFlush(agreement);
        // the dates may call for more at once: a signed agreement already in effect becomes active
        advance(agreement);
        return view(agreement);
    }

    /** Applies the automatic transitions the dates call for, for every agreement. Returns how many moved. */
    public int advanceAll() {
        int moved = 0;
        for (var agreement : agreements.findByStatusIn(
                List.of(AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.EXPIRING))) {
            if (advance(agreement)) {
                moved++;
            }
        }
        return moved;
    }

    private boolean advance(Agreement agreement) {
        boolean moved = false;
        Optional<Transition> due;
        while ((due = Lifecycle.due(agreement.getStatus(), agreement.term(), today())).isPresent()) {
            var transition = due.get();
            var on = transition == Transition.EXPIRE && agreement.term().expiresOn() != null
                    ? agreement.term().expiresOn().plusDays(1) : today();
            apply(agreement, transition, on, "system");
            moved = true;
        }
        if (moved) {
            agreements.saveAndFlush(agreement);
        }
        return moved;
    }

    private void apply(Agreement agreement, Transition transition, LocalDate on, String by) {
        boolean wasInForce = agreement.getStatus().inForce();
        agreement.transition(transition, on, today(), by, now());
        var parties = agreement.organizations().stream().map(OrganizationId::new).toList();
        var id = new AgreementId(agreement.getId());
        if (transition == Transition.SIGN) {
            events.publishEvent(new AgreementSigned(id, parties, on));
        }
        if (wasInForce && (transition == Transition.EXPIRE || transition == Transition.TERMINATE)) {
            events.publishEvent(new AgreementEnded(id, parties, agreement.getStatus(), on));
        }
    }

    private void renew(Agreement old) {
        var term = old.term();
        LocalDate effective = term.expiresOn() != null ? term.expiresOn().plusDays(1) : today();
        LocalDate expires = null;
        if (term.expiresOn() != null && term.startsOn() != null) {
            expires = effective.plusDays(ChronoUnit.DAYS.between(term.startsOn(), term.expiresOn()));
        }
        var successor = new Agreement(old.getKind(), old.getTitle(), copy(old.getParties()), today(),
                viewer.get().username(), now());
        successor.describe(old.getSubject(), old.getLanguages());
        successor.setTerm(effective, expires, term.noticeDays());
        successor.linkEngagement(old.getEngagement());
        successor.markSample(old.isSample());
        successor.renews(old.getId());
        agreements.saveAndFlush(successor);
        old.renewedBy(successor.getId());
    }

    // Milestones

    public MilestoneView addMilestone(UUID agreementId, MilestoneDraft draft) {
        var agreement = readable(agreementId);
        requireManager();
        if (!agreement.organizations().contains(draft.owner())) {
            throw new RuleViolationException("milestone-owner-not-party", "A milestone is owed by one of the agreement's parties");
        }
        var milestone = milestones.saveAndFlush(
                new Milestone(agreement.getId(), title(draft.title()), draft.owner(), draft.dueOn(), draft.sample()));
        return milestoneView(milestone, directory.names(List.of(new OrganizationId(milestone.getOwner()))));
    }

    /** Managers mark any milestone done; a partner user only those its own organization owes. */
    public MilestoneView markDone(UUID agreementId, UUID milestoneId, @Nullable Long expectedVersion) {
        var agreement = readable(agreementId);
        var milestone = milestones.findById(milestoneId).filter(m -> m.getAgreement().equals(agreement.getId()))
                .orElseThrow(() -> new NotFoundException("milestone", milestoneId));
        if (!canMarkDone(viewer.get(), milestone)) {
            throw new AccessDeniedException("Only the side that owes a milestone, or a cooperation manager, marks it done");
        }
        if (expectedVersion != null) {
            Versions.check("milestone", milestoneId, expectedVersion, milestone.getVersion());
        }
        milestone.markDone(viewer.get().username(), now());
        milestones.saveAndFlush(milestone);
        return milestoneView(milestone, directory.names(List.of(new OrganizationId(milestone.getOwner()))));
    }

    // Documents

    /** The latest version of each document of an agreement. */
    @Transactional(readOnly = true)
    public List<DocumentVersion> documents(UUID agreementId) {
        return documents.ofOwner(owner(readable(agreementId).getId()));
    }

    @Transactional(readOnly = true)
    public List<DocumentVersion> documentVersions(UUID agreementId, UUID documentId) {
        return documentOf(readable(agreementId), documentId);
    }

    public DocumentVersion upload(UUID agreementId, @Nullable UUID documentId, String fileName, InputStream content) {
        var agreement = readable(agreementId);
        requireManager();
        if (documentId == null) {
            return documents.store(owner(agreement.getId()), fileName, content);
        }
        documentOf(agreement, documentId);
        return documents.storeVersion(new DocumentId(documentId), fileName, content);
    }

    /** The version's metadata and an open stream of its content; the caller closes it. */
    @Transactional(readOnly = true)
    public Map.Entry<DocumentVersion, InputStream> download(UUID agreementId, UUID documentId, int number) {
        var version = documentOf(readable(agreementId), documentId).stream().filter(v -> v.number() == number)
                .findFirst().orElseThrow(() -> new NotFoundException("document", documentId + "/" + number));
        return Map.entry(version, documents.open(new DocumentId(documentId), number));
    }

    private List<DocumentVersion> documentOf(Agreement agreement, UUID documentId) {
        var versions = documents.versions(new DocumentId(documentId));
        if (versions.isEmpty() || !versions.getFirst().owner().equals(owner(agreement.getId()))) {
            throw new NotFoundException("document", documentId);
        }
        return versions;
    }

    static String owner(UUID agreement) {
        return "agreement:" + agreement;
    }

    // Merges

    public void organizationsMerged(OrganizationId merged, OrganizationId survivor) {
        for (var agreement : agreements.findAll()) {
            if (agreement.organizations().contains(merged.value())) {
                agreement.organizationsMerged(merged.value(), survivor.value(), now());
            }
        }
        milestones.findByOwner(merged.value()).forEach(m -> m.ownerMerged(merged.value(), survivor.value()));
    }

    // Permissions

    public boolean canManage() {
        return isManager(viewer.get());
    }

    private boolean canMarkDone(Viewer v, Milestone milestone) {
        return milestone.getStatus() == MilestoneStatus.OPEN && (isManager(v)
                || (v.isPartner() && milestone.getOwner().equals(v.organization())));
    }

    private void requireManager() {
        if (!isManager(viewer.get())) {
            throw new AccessDeniedException("Only administrators and cooperation managers change agreements");
        }
    }

    private static boolean isManager(Viewer v) {
        return v.roles().contains(Role.ADMINISTRATOR) || v.roles().contains(Role.COOPERATION_MANAGER);
    }

    private boolean visibleToViewer(Agreement agreement) {
        return viewer.get().readScope().permits(agreement.getAccess());
    }

    private Agreement readable(UUID id) {
        return agreements.findById(id).filter(this::visibleToViewer)
                .orElseThrow(() -> new NotFoundException("agreement", id));
    }

    // Views

    private AgreementView view(Agreement agreement) {
        return views(List.of(agreement)).getFirst();
    }

    private List<AgreementView> views(List<Agreement> list) {
        var organizationIds = new HashSet<OrganizationId>();
        var personIds = new HashSet<PersonId>();
        for (var a : list) {
            for (var p : a.getParties()) {
                organizationIds.add(new OrganizationId(p.organization()));
                if (p.signatory() != null) {
                    personIds.add(new PersonId(p.signatory()));
                }
            }
        }
        Map<OrganizationId, OrganizationSummary> organizations = directory.summaries(organizationIds);
        Map<PersonId, String> people = directory.personNames(personIds);
        var result = new ArrayList<AgreementView>();
        for (var a : list) {
            var parties = a.getParties().stream().map(p -> {
                var org = organizations.get(new OrganizationId(p.organization()));
                return new AgreementView.PartyView(p.organization(), org == null ? null : org.name(),
                        org == null ? null : org.country(), p.role(), p.signatory(),
                        p.signatory() == null ? null : people.get(new PersonId(p.signatory())));
            }).toList();
            var term = a.term();
            var history = a.getHistory().stream()
                    .map(h -> new AgreementView.HistoryView(h.from(), h.to(), h.on(), h.by())).toList();
            result.add(new AgreementView(a.getId(), a.getVersion(), a.getKind(), a.getTitle(), a.getSubject(),
                    a.getLanguages(), a.getStatus(), parties, term.signedOn(), term.effectiveOn(), term.expiresOn(),
                    term.noticeDays(), a.getEngagement(), a.getPredecessor(), a.getSuccessor(), a.isSample(),
                    Lifecycle.manualFrom(a.getStatus()), history, a.getUpdatedAt()));
        }
        return result;
    }

    private MilestoneView milestoneView(Milestone m, Map<OrganizationId, String> names) {
        return new MilestoneView(m.getId(), m.getVersion(), m.getAgreement(), m.getTitle(), m.getOwner(),
                names.get(new OrganizationId(m.getOwner())), m.getDueOn(), m.getStatus(), m.getDoneAt(), m.isSample(),
                canMarkDone(viewer.get(), m));
    }

    private static AgreementSummary summary(Agreement a) {
        var term = a.term();
        return new AgreementSummary(new AgreementId(a.getId()), a.getKind(), a.getTitle(), a.getStatus(),
                a.organizations().stream().map(OrganizationId::new).toList(), term.signedOn(), term.effectiveOn(),
                term.expiresOn(), a.isSample());
    }

    // Input

    private List<Party> parties(List<AgreementParty> parties) {
        var ids = parties.stream().map(AgreementParty::organization).toList();
        var known = directory.summaries(ids);
        var result = new ArrayList<Party>();
        for (var p : parties) {
            if (!known.containsKey(p.organization())) {
                throw new RuleViolationException("agreement-unknown-party", "Unknown organization " + p.organization());
            }
            if (p.role() == null || p.role().isBlank()) {
                throw new RuleViolationException("agreement-party-role", "Every party needs a role");
            }
            result.add(new Party(p.organization().value(), p.role().strip(),
                    p.signatory() == null ? null : p.signatory().value()));
        }
        return result;
    }

    private static List<Party> copy(List<Party> parties) {
        return parties.stream().map(p -> new Party(p.organization(), p.role(), p.signatory())).toList();
    }

    private static List<String> languages(List<String> languages) {
        return languages.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> java.util.Locale.forLanguageTag(s).toLanguageTag()).distinct().toList();
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("title-required", "A title is required");
        }
        return title.strip().length() > 500 ? title.strip().substring(0, 500) : title.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Specification<Agreement> matching(AgreementFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.expiringWithin() != null) {
                predicates.add(cb.between(root.get("expiresOn"), today, today.plusDays(filter.expiringWithin())));
                predicates.add(root.get("status").in(AgreementStatus.SIGNED, AgreementStatus.ACTIVE, AgreementStatus.EXPIRING));
            }
            if (filter.organization() != null) {
                var party = root.join("parties");
                predicates.add(cb.equal(party.get("organization"), filter.organization()));
                query.distinct(true);
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
