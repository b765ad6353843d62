package org.liaison.engagements.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.JoinType;

import org.jspecify.annotations.Nullable;
import org.liaison.access.AccessSpecifications;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;
import org.liaison.engagements.EngagementLogged;
import org.liaison.engagements.EngagementOutcome;
import org.liaison.engagements.ProposedStage;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagements' commands and queries with their rules: who may see and change what, the
 * participants and the sharing that follows from them, meetings within visits and forums, and
 * follow-up tasks. Pages and the API both go through here.
 */
@Service
@Transactional
public class EngagementService {

    /** How far ahead "upcoming" looks on my agenda. */
    static final int UPCOMING_DAYS = 90;

    private final Engagements engagements;
    private final FollowUps followUps;
    private final DirectoryQueries directory;
    private final UserAccounts accounts;
    private final CurrentViewer viewer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EngagementService(Engagements engagements, FollowUps followUps, DirectoryQueries directory, UserAccounts accounts,
            CurrentViewer viewer, ApplicationEventPublisher events, Clock clock) {
        this.engagements = engagements;
        this.followUps = followUps;
        this.directory = directory;
        this.accounts = accounts;
        this.viewer = viewer;
        this.events = events;
        this.clock = clock;
    }

    // Reading

    @Transactional(readOnly = true)
    public Page<EngagementView> list(EngagementFilter filter, int page, int size) {
        var found = engagements.findAll(visible().and(matching(filter)),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("startsAt"), Sort.Order.asc("title"))));
        return found.map(this::view);
    }

    @Transactional(readOnly = true)
    public EngagementView engagement(UUID id) {
        return view(readable(id));
    }

    /** The meetings within a visit or forum that the viewer may see, in order of time. */
    @Transactional(readOnly = true)
    public List<EngagementView> meetings(UUID id) {
        readable(id);
        Specification<Engagement> children = (root, query, cb) -> cb.equal(root.get("parent"), id);
        return engagements.findAll(visible().and(children), Sort.by("startsAt", "title")).stream().map(this::view).toList();
    }

    // Writing

    public EngagementView create(EngagementDraft draft) {
        requireManager();
        var engagement = new Engagement(draft.kind(), title(draft.title()), draft.schedule(), Instant.now(clock));
        apply(engagement, draft);
        engagements.saveAndFlush(engagement);
        logged(engagement);
        return view(engagement);
    }

    public EngagementView update(UUID id, long expectedVersion, EngagementDraft draft) {
        var engagement = readable(id);
        requireManager();
        Versions.check("engagement", id, expectedVersion, engagement.getVersion());
        var dateBefore = engagement.schedule().date();
        var organizationsBefore = engagement.organizations();
        var proposedBefore = engagement.getProposedStage();
        var partnersBefore = partnerOrganizations(engagement);
        engagement.change(draft.kind(), title(draft.title()), draft.schedule());
        apply(engagement, draft);
        engagement.touch(Instant.now(clock));
        engagements.saveAndFlush(engagement);
        boolean proposalChanged = engagement.getProposedStage() != null
                && (!engagement.getProposedStage().equals(proposedBefore) || !partnersBefore.equals(partnerOrganizations(engagement)));
        if (!dateBefore.equals(engagement.schedule().date()) || !organizationsBefore.equals(engagement.organizations())
                || proposalChanged) {
            logged(engagement);
        }
        return view(engagement);
    }

    /** Adds one participant; with {@code expectedVersion} the write is refused when stale. */
    public EngagementView addParticipant(UUID id, @Nullable Long expectedVersion, ParticipantInput input) {
        var engagement = readable(id);
        requireManager();
        if (expectedVersion != null) {
            Versions.check("engagement", id, expectedVersion, engagement.getVersion());
        }
        var organizationsBefore = engagement.organizations();
        var all = new ArrayList<>(engagement.getParticipants());
        all.add(checked(input));
        engagement.participate(all);
        engagement.touch(Instant.now(clock)); // also what bumps the version (participants alone do not)
        engagements.saveAndFlush(engagement);
        if (!organizationsBefore.equals(engagement.organizations())) {
            logged(engagement);
        }
        return view(engagement);
    }

    /**
     * Moves participants from a merged organization to its survivor. Idempotent: nothing happens
     * when no engagement names {@code merged} any more. Returns how many engagements changed.
     */
    public int replaceOrganization(OrganizationId merged, OrganizationId survivor) {
        int changed = 0;
        for (var engagement : engagements.findWithOrganization(merged.value())) {
            if (engagement.replaceOrganization(merged.value(), survivor.value())) {
                engagement.touch(Instant.now(clock));
                changed++;
            }
        }
        return changed;
    }

    // Follow-ups

    @Transactional(readOnly = true)
    public List<FollowUpView> followUps(UUID engagementId) {
        var engagement = readable(engagementId);
        requireStaff();
        return followUps.findByEngagementOrderByDueDateAscTitleAsc(engagementId).stream()
                .map(f -> view(f, engagement.getTitle()))
                .toList();
    }

    public FollowUpView addFollowUp(UUID engagementId, FollowUpDraft draft) {
        var engagement = readable(engagementId);
        requireManager();
        UUID owner = draft.owner() != null ? draft.owner() : viewer.get().userId();
        if (owner == null || accounts.find(owner).isEmpty()) {
            throw new RuleViolationException("unknown-user", "No such user: " + owner);
        }
        var followUp = followUps.saveAndFlush(
                new FollowUp(engagementId, title(draft.title()), owner, draft.dueDate(), false, Instant.now(clock)));
        return view(followUp, engagement.getTitle());
    }

    /** Marks a follow-up done: its owner, a cooperation manager or an administrator. Done twice stays done. */
    public FollowUpView markDone(UUID followUpId) {
        var followUp = followUps.findById(followUpId).orElseThrow(() -> new NotFoundException("follow-up", followUpId));
        var engagement = engagements.findById(followUp.getEngagement())
                .filter(e -> viewer.get().readScope().permits(e.getAccess()))
                .orElseThrow(() -> new NotFoundException("follow-up", followUpId));
        var me = viewer.get();
        if (!me.isStaff() || (!isManager(me) && !followUp.getOwner().equals(me.userId()))) {
            throw new AccessDeniedException("Only its owner or a cooperation manager marks a follow-up done");
        }
        followUp.markDone(Instant.now(clock));
        followUps.saveAndFlush(followUp);
        return view(followUp, engagement.getTitle());
    }

    /** The current user's open follow-ups and the upcoming engagements they may see. */
    @Transactional(readOnly = true)
    public Agenda myAgenda() {
        var me = viewer.get();
        if (me.isAnonymous()) {
            throw new AccessDeniedException("Sign in to see your agenda");
        }
        var open = me.userId() == null ? List.<FollowUp>of()
                : followUps.findByOwnerAndDoneFalseOrderByDueDateAscTitleAsc(me.userId());
        var titles = new HashMap<UUID, String>();
        engagements.findAllById(open.stream().map(FollowUp::getEngagement).collect(Collectors.toSet()))
                .stream().filter(e -> me.readScope().permits(e.getAccess()))
                .forEach(e -> titles.put(e.getId(), e.getTitle()));
        var mine = open.stream().filter(f -> titles.containsKey(f.getEngagement()))
                .map(f -> view(f, titles.get(f.getEngagement()))).toList();
        return new Agenda(mine, upcoming(UPCOMING_DAYS));
    }

    /** The engagements the viewer may see that start between now and {@code days} ahead. */
    @Transactional(readOnly = true)
    public List<EngagementView> upcoming(int days) {
        var now = Instant.now(clock);
        return between(now, now.plus(java.time.Duration.ofDays(days)));
    }

    /** The engagements the viewer may see that start in [from, to], in order of time (at most 500). */
    @Transactional(readOnly = true)
    public List<EngagementView> between(Instant from, Instant to) {
        Specification<Engagement> window = (root, query, cb) -> cb.between(root.<Instant>get("startsAt"), from, to);
        return engagements.findAll(visible().and(window), PageRequest.of(0, 500, Sort.by("startsAt", "title")))
                .stream().map(this::view).toList();
    }

    // Rules

    private void apply(Engagement engagement, EngagementDraft draft) {
        engagement.describe(blankToNull(draft.place()), blankToNull(draft.city()), country(draft.country()),
                blankToNull(draft.description()), blankToNull(draft.notes()), blankToNull(draft.outcomes()));
        engagement.placeIn(parent(engagement, draft.parent()));
        engagement.propose(draft.proposedStage() == null ? null : draft.proposedStage().name());
        engagement.participate(draft.participants().stream().map(this::checked).toList());
    }

    private @Nullable UUID parent(Engagement engagement, @Nullable UUID parentId) {
        if (parentId == null) {
            return null;
        }
        var parent = engagements.findById(parentId).filter(p -> viewer.get().readScope().permits(p.getAccess()))
                .orElseThrow(() -> new RuleViolationException("unknown-engagement", "No such engagement: " + parentId));
        if (!parent.getKind().canContain()) {
            throw new RuleViolationException("parent-not-container",
                    "Only a forum, conference, visit or delegation contains meetings");
        }
        var seen = new HashSet<UUID>();
        for (UUID at = parentId; at != null && seen.add(at); at = engagements.findById(at).map(Engagement::getParent).orElse(null)) {
            if (at.equals(engagement.getId())) {
                throw new RuleViolationException("parent-cycle", "An engagement cannot contain itself");
            }
        }
        return parentId;
    }

    /** Participants must be organizations and people of the directory that the caller may see. */
    private Participant checked(ParticipantInput input) {
        var participant = input.toParticipant();
        if (participant.organization() != null
                && directory.summary(new OrganizationId(Objects.requireNonNull(participant.organization()))).isEmpty()) {
            throw new RuleViolationException("unknown-organization", "No such organization: " + participant.organization());
        }
        if (participant.person() != null
                && directory.personNames(List.of(new PersonId(Objects.requireNonNull(participant.person())))).isEmpty()) {
            throw new RuleViolationException("unknown-person", "No such person: " + participant.person());
        }
        return participant;
    }

    private void logged(Engagement engagement) {
        var organizations = engagement.organizations().stream().map(OrganizationId::new).toList();
        if (!organizations.isEmpty()) {
            events.publishEvent(new EngagementLogged(engagement.id(), organizations, engagement.schedule().date(),
                    engagement.getKind().name(), outcome(engagement)));
        }
    }

    /** The stage the outcome proposes for the partner organizations, when there is one and there are partners. */
    private static @Nullable EngagementOutcome outcome(Engagement engagement) {
        var stage = engagement.getProposedStage() == null ? null
                : ProposedStage.parse(engagement.getProposedStage()).orElse(null);
        var partners = partnerOrganizations(engagement).stream().map(OrganizationId::new).toList();
        return stage == null || partners.isEmpty() ? null : new EngagementOutcome(engagement.getTitle(), partners, stage);
    }

    private static List<UUID> partnerOrganizations(Engagement engagement) {
        return engagement.getParticipants().stream().filter(p -> p.side() == Side.PARTNER)
                .map(Participant::organization).filter(Objects::nonNull).map(Objects::requireNonNull).distinct().toList();
    }

    private Engagement readable(UUID id) {
        return engagements.findById(id)
                .filter(e -> viewer.get().readScope().permits(e.getAccess()))
                .orElseThrow(() -> new NotFoundException("engagement", id));
    }

    private Specification<Engagement> visible() {
        return AccessSpecifications.permits(viewer.get().readScope());
    }

    private static Specification<Engagement> matching(EngagementFilter filter) {
        return (root, query, cb) -> {
            var parts = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (filter.kind() != null) {
                parts.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.organization() != null) {
                var sub = Objects.requireNonNull(query).subquery(UUID.class);
                var e = sub.from(Engagement.class);
                var p = e.join("participants", JoinType.INNER);
                sub.select(e.get("id")).where(cb.equal(p.get("organization"), filter.organization()));
                parts.add(root.get("id").in(sub));
            }
            if (filter.country() != null) {
                parts.add(cb.equal(root.get("country"), filter.country().toUpperCase(java.util.Locale.ROOT)));
            }
            if (filter.from() != null) {
                parts.add(cb.greaterThanOrEqualTo(root.<Instant>get("startsAt"),
                        filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            if (filter.to() != null) {
                parts.add(cb.lessThan(root.<Instant>get("startsAt"),
                        filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            return cb.and(parts.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private void requireManager() {
        if (!isManager(viewer.get())) {
            throw new AccessDeniedException("Only administrators and cooperation managers log engagements");
        }
    }

    private void requireStaff() {
        if (!viewer.get().isStaff()) {
            throw new AccessDeniedException("Follow-ups are the hub's own tasks");
        }
    }

    private static boolean isManager(Viewer v) {
        return v.roles().contains(Role.ADMINISTRATOR) || v.roles().contains(Role.COOPERATION_MANAGER);
    }

    private static String title(String title) {
        if (title.isBlank()) {
            throw new RuleViolationException("title-required", "A title is required");
        }
        return title.strip();
    }

    private static @Nullable String country(@Nullable String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.strip().toUpperCase(java.util.Locale.ROOT);
        if (!Set.of(java.util.Locale.getISOCountries()).contains(code)) {
            throw new RuleViolationException("invalid-country", "Not an ISO 3166-1 alpha-2 country: " + country);
        }
        return code;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // Views

    EngagementView view(Engagement e) {
        var orgIds = e.getParticipants().stream().map(Participant::organization).filter(Objects::nonNull)
                .map(OrganizationId::new).toList();
        var personIds = e.getParticipants().stream().map(Participant::person).filter(Objects::nonNull)
                .map(PersonId::new).toList();
        Map<OrganizationId, String> orgNames = directory.names(orgIds);
        Map<PersonId, String> personNames = directory.personNames(personIds);
        var participants = e.getParticipants().stream().map(p -> new ParticipantView(p.organization(), p.person(),
                p.organization() != null ? orgNames.get(new OrganizationId(p.organization()))
                        : personNames.get(new PersonId(Objects.requireNonNull(p.person()))),
                p.side(), p.role())).toList();
        var schedule = e.schedule();
        return new EngagementView(e.getId(), e.getVersion(), e.getKind(), e.getTitle(), schedule.localStart(),
                schedule.localEnd(), schedule.zone().getId(), e.getPlace(), e.getCity(), e.getCountry(),
                e.getDescription(), e.getNotes(), e.getOutcomes(), e.getParent(), participants,
                e.getAccess().visibility(), e.getCreatedAt(), e.getUpdatedAt(),
                e.getProposedStage() == null ? null : ProposedStage.parse(e.getProposedStage()).orElse(null));
    }

    FollowUpView view(FollowUp f, String engagementTitle) {
        return new FollowUpView(f.getId(), f.getVersion(), f.getEngagement(), engagementTitle, f.getTitle(), f.getOwner(),
                f.getDueDate(), f.isDone(), f.getDoneAt(), f.isOverdue(LocalDate.now(clock)), f.isSample());
    }
}
