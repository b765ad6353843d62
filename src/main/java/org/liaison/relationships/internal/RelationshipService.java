package org.liaison.relationships.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.OrganizationSummary;
import org.liaison.relationships.RelationshipId;
import org.liaison.relationships.RelationshipStageChanged;
import org.liaison.relationships.Relationships;
import org.liaison.relationships.Stage;
import org.liaison.relationships.internal.paths.Chain;
import org.liaison.relationships.internal.paths.IntroductionPaths;
import org.liaison.relationships.internal.paths.Link;
import org.liaison.relationships.internal.strength.Interaction;
import org.liaison.relationships.internal.strength.Seniority;
import org.liaison.relationships.internal.strength.StrengthScore;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationships facade: commands and queries with their access rule. Relationships are
 * internal to the hub's staff: a partner or anonymous caller finds none of them (404, as if they
 * did not exist); committee members read them; administrators and cooperation managers change them.
 */
@Service
@Transactional
public class RelationshipService implements Relationships {

    static final int MAX_PAGE_SIZE = 200;
    static final int PATHS = 3;

    private final RelationshipRepository relationships;
    private final RelationshipCards cards;
    private final StageLabels labels;
    private final EngagementParties parties;
    private final DirectoryQueries directory;
    private final org.liaison.engagements.EngagementQueries engagementQueries;
    private final CurrentViewer viewer;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    RelationshipService(RelationshipRepository relationships, RelationshipCards cards, StageLabels labels, EngagementParties parties,
            DirectoryQueries directory, org.liaison.engagements.EngagementQueries engagementQueries, CurrentViewer viewer, ApplicationEventPublisher events, MessageSource messages,
            Clock clock) {
        this.relationships = relationships;
        this.cards = cards;
        this.labels = labels;
        this.parties = parties;
        this.directory = directory;
        this.engagementQueries = engagementQueries;
        this.viewer = viewer;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- commands

    /** Starts the hub's relationship with an organization the caller may see. */
    public RelationshipView create(OrganizationId organization, @Nullable Stage stage, @Nullable UUID owner,
            @Nullable String nextStep, @Nullable LocalDate nextStepDue, @Nullable String reason) {
        requireManager();
        var summary = directory.summary(organization)
                .orElseThrow(() -> new NotFoundException("organization", organization));
        if (summary.mergedInto() != null) {
            throw new RuleViolationException("relationship-merged-organization",
                    "The organization was merged; start the relationship with the one it was merged into");
        }
        if (directory.homeHub().map(h -> h.id().equals(organization)).orElse(false)) {
            throw new RuleViolationException("relationship-with-hub", "The hub has no relationship with itself");
        }
        if (relationships.findByOrganization(organization.value()).isPresent()) {
            throw new RuleViolationException("relationship-exists", "The hub already has a relationship with this organization");
        }
        Instant now = clock.instant();
        Stage start = stage == null ? Stage.PROSPECT : stage;
        var relationship = new Relationship(organization, start, owner, reason, viewer.get().userId(), now);
        relationship.planNextStep(nextStep, nextStepDue, now);
        var saved = relationships.saveAndFlush(relationship);
        cards.refresh(List.of(saved.getId()));
        events.publishEvent(new RelationshipStageChanged(new RelationshipId(saved.getId()), organization, null, start,
                saved.getHistory().getFirst().reason(), viewer.get().userId(), now));
        return view(saved, summary);
    }

    /** Moves a relationship to another stage, based on the version the caller read. */
    public RelationshipView moveTo(UUID id, long expectedVersion, Stage stage, @Nullable String reason) {
        var relationship = readable(id);
        requireManager();
        Versions.check("relationship", id, expectedVersion, relationship.getVersion());
        Instant now = clock.instant();
        var change = relationship.moveTo(stage, reason, viewer.get().userId(), now);
        var saved = relationships.saveAndFlush(relationship);
        publish(saved, change);
        return view(saved);
    }

    /** Changes the owner and the next step, based on the version the caller read. */
    public RelationshipView plan(UUID id, long expectedVersion, @Nullable UUID owner, @Nullable String nextStep,
            @Nullable LocalDate nextStepDue) {
        var relationship = readable(id);
        requireManager();
        Versions.check("relationship", id, expectedVersion, relationship.getVersion());
        Instant now = clock.instant();
        relationship.assign(owner, now);
        relationship.planNextStep(nextStep, nextStepDue, now);
        return view(relationships.saveAndFlush(relationship));
    }

    @Override
    public void agreementSigned(OrganizationId organization, String reason) {
        var current = directory.current(organization);
        Instant now = clock.instant();
        var relationship = relationships.findByOrganization(current.value()).orElse(null);
        if (relationship == null) {
            var created = relationships.saveAndFlush(new Relationship(current, Stage.AGREEMENT, null, reason, null, now));
            cards.refresh(List.of(created.getId()));
            events.publishEvent(new RelationshipStageChanged(new RelationshipId(created.getId()), current, null,
                    Stage.AGREEMENT, reason, null, now));
            return;
        }
        var change = relationship.agreementSigned(reason, now);
        if (change != null) {
            publish(relationships.saveAndFlush(relationship), change);
        }
    }

    /**
     * Records an engagement with organizations on their relationships (last contact, strength).
     * Organizations without a relationship are left alone; those that no longer take part forget
     * it. Idempotent: the same engagement logged again with the same values changes nothing.
     * Returns how many relationships changed.
     */
    public int recordInteraction(UUID engagement, List<OrganizationId> organizations, LocalDate date, String kind) {
        int changed = 0;
        Instant now = clock.instant();
        var taking = new HashSet<UUID>();
        for (var organization : organizations) {
            taking.add(directory.current(organization).value());
        }
        rememberParties(engagement, taking, date, kind);
        for (var previous : relationships.findByInteractionSource(engagement)) {
            if (!taking.contains(previous.getOrganization().value()) && previous.forgetInteraction(engagement, now)) {
                relationships.save(previous);
                changed++;
            }
        }
        var met = taking.isEmpty() ? List.<org.liaison.directory.PersonId>of()
                : engagementQueries.peopleMet(new org.liaison.engagements.EngagementId(engagement));
        var affiliations = met.isEmpty() ? List.<org.liaison.directory.DirectoryLinks.AffiliationLink>of()
                : directory.links().affiliations();
        for (var organization : taking) {
            var relationship = relationships.findByOrganization(organization);
            double weight = weightOf(kind) * seniorityMet(met, affiliations, organization, date);
            if (relationship.isPresent()
                    && relationship.get().recordInteraction(engagement, date, kind, weight, now)) {
                relationships.save(relationship.get());
                changed++;
            }
        }
        return changed;
    }

    /** Keeps who took part in an engagement, for introduction paths: exactly {@code organizations}. */
    private void rememberParties(UUID engagement, java.util.Set<UUID> organizations, LocalDate date, String kind) {
        var known = new HashSet<UUID>();
        for (var party : parties.findByEngagement(engagement)) {
            if (!organizations.contains(party.organization())) {
                parties.delete(party);
            } else {
                known.add(party.organization());
                if (!party.date().equals(date) || !party.kind().equals(kind)) {
                    party.change(date, kind);
                    parties.save(party);
                }
            }
        }
        for (var organization : organizations) {
            if (!known.contains(organization)) {
                parties.save(new EngagementParty(engagement, organization, date, kind));
            }
        }
    }

    /**
     * Moves the relationship of a merged organization to the survivor: repointed when the survivor
     * has none, otherwise absorbed into the survivor's (history and interactions kept). Idempotent.
     */
    public void organizationsMerged(OrganizationId merged, OrganizationId survivor) {
        var target = directory.current(survivor);
        for (var party : parties.findByOrganization(merged.value())) {
            var alreadyThere = parties.findByEngagement(party.engagement()).stream()
                    .anyMatch(p -> p.organization().equals(target.value()));
            if (!alreadyThere) {
                parties.save(new EngagementParty(party.engagement(), target.value(), party.date(), party.kind()));
            }
            parties.delete(party);
        }
        var duplicate = relationships.findByOrganization(merged.value());
        if (duplicate.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        var existing = relationships.findByOrganization(target.value());
        if (existing.isEmpty()) {
            duplicate.get().repoint(target, now);
            relationships.saveAndFlush(duplicate.get());
            cards.refresh(List.of(duplicate.get().getId()));
        } else {
            existing.get().absorb(duplicate.get(), now);
            relationships.delete(duplicate.get());
            relationships.flush();
            relationships.save(existing.get());
        }
    }

    /** Renames a stage in one language; a blank label goes back to the bundle's. Administrators only. */
    public void renameStage(Stage stage, String lang, @Nullable String label) {
        if (!viewer.get().isAdministrator()) {
            if (!viewer.get().isStaff()) {
                throw new NotFoundException("stage", stage);
            }
            throw new AccessDeniedException("Only administrators rename stages");
        }
        String language = Locale.forLanguageTag(lang).getLanguage();
        if (language.isEmpty() || language.length() > 8) {
            throw new RuleViolationException("invalid-language", "Not a language tag: " + lang);
        }
        var key = new StageLabel.Key(stage, language);
        var existing = labels.findById(key);
        if (label == null || label.isBlank()) {
            existing.ifPresent(labels::delete);
        } else if (existing.isPresent()) {
            existing.get().rename(label.strip());
        } else {
            labels.save(new StageLabel(stage, language, label.strip()));
        }
    }

    // ---- queries

    @Override
    @Transactional(readOnly = true)
    public Optional<Stage> stageOf(OrganizationId organization) {
        if (!viewer.get().isStaff()) {
            return Optional.empty();
        }
        return relationships.findByOrganization(directory.current(organization).value()).map(Relationship::getStage);
    }

    @Transactional(readOnly = true)
    public RelationshipView get(UUID id) {
        return view(readable(id));
    }

    @Transactional(readOnly = true)
    public List<StageChange> history(UUID id) {
        return readable(id).getHistory();
    }

    @Transactional(readOnly = true)
    public RelationshipPage list(RelationshipFilter filter, int page, int size, Locale locale) {
        requireStaff();
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolationException("invalid-page", "page must be 0 or more, size between 1 and " + MAX_PAGE_SIZE);
        }
        return cards.page(filter, RelationshipCards.Sort.STAGE, false, page, size, viewer.get().readScope(), locale);
    }

    /** One page of the table, sorted by one of the fixed columns; filtered, sorted and counted in SQL. */
    @Transactional(readOnly = true)
    public RelationshipPage table(RelationshipFilter filter, RelationshipCards.Sort sort, boolean descending, int page,
            int size, Locale locale) {
        requireStaff();
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolationException("invalid-page", "page must be 0 or more, size between 1 and " + MAX_PAGE_SIZE);
        }
        return cards.page(filter, sort, descending, page, size, viewer.get().readScope(), locale);
    }

    /** The board: per stage, the first {@code perColumn} cards under the filter and how many there are. */
    @Transactional(readOnly = true)
    public Board board(RelationshipFilter filter, int perColumn, Locale locale) {
        requireStaff();
        var scope = viewer.get().readScope();
        var counts = cards.countsByStage(filter, scope);
        var labels = stageLabels(locale);
        var stages = java.util.Arrays.stream(Stage.values())
                .filter(s -> (filter.stage() == null || filter.stage() == s) && counts.get(s) > 0).toList();
        var shown = cards.columns(filter, stages, perColumn, scope, locale);
        var columns = new ArrayList<Board.Column>();
        for (Stage stage : Stage.values()) {
            columns.add(new Board.Column(stage, labels.get(stage), counts.get(stage),
                    shown.getOrDefault(stage, List.of())));
        }
        return new Board(columns);
    }

    /** More cards of one board column, from {@code offset}. */
    @Transactional(readOnly = true)
    public List<RelationshipView> column(RelationshipFilter filter, Stage stage, int offset, int limit, Locale locale) {
        requireStaff();
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new RuleViolationException("invalid-page", "page must be 0 or more, size between 1 and " + MAX_PAGE_SIZE);
        }
        return cards.column(filter, stage, offset, limit, viewer.get().readScope(), locale);
    }

    /** The owners relationships have and the countries they are in, for the filters of the board and table. */
    @Transactional(readOnly = true)
    public List<UUID> owners() {
        requireStaff();
        return cards.owners();
    }

    @Transactional(readOnly = true)
    public List<String> countries() {
        requireStaff();
        return cards.countries();
    }

    /** The technology areas of the relationships' organizations, for the area filter. */
    @Transactional(readOnly = true)
    public List<String> areas() {
        requireStaff();
        return cards.areas();
    }

    @Transactional(readOnly = true)
    public StrengthView strength(UUID id, Locale locale) {
        var relationship = readable(id);
        var interactions = relationship.getInteractions().stream()
                .map(i -> new Interaction(i.date(), i.weight()))
                .toList();
        var strength = StrengthScore.of(interactions, agreementsInForce(relationship), LocalDate.now(clock));
        return new StrengthView(strength.score(), strength.reasons().stream()
                .map(c -> new StrengthView.Reason(c.key(), c.arguments(), c.points(),
                        messages.getMessage(c.key(), c.arguments().toArray(), c.key(), locale)))
                .toList());
    }

    /**
     * The shortest introduction paths from the home hub to an organization the caller may see, over
     * the directory's current relations and affiliations (those it lets the caller see) and the
     * engagements organizations took part in together (a link between every two of them).
     */
    @Transactional(readOnly = true)
    public List<PathView> paths(OrganizationId target, Locale locale) {
        requireStaff();
        var to = directory.summary(target).orElseThrow(() -> new NotFoundException("organization", target));
        var hub = directory.homeHub().orElseThrow(() -> new NotFoundException("organization", "home hub"));
        LocalDate today = LocalDate.now(clock);
        var directoryLinks = directory.links();
        var links = new ArrayList<Link>();
        var personNames = new LinkedHashMap<String, String>();
        var since = new LinkedHashMap<String, @Nullable LocalDate>();
        for (var r : directoryLinks.relations()) {
            if (r.validTo() == null || !r.validTo().isBefore(today)) {
                links.add(new Link(r.id().toString(), "o:" + r.from(), "o:" + r.to(), "relation", r.type().name()));
                since.put(r.id().toString(), r.validFrom());
            }
        }
        for (var a : directoryLinks.affiliations()) {
            if (a.validTo() == null || !a.validTo().isBefore(today)) {
                links.add(new Link(a.id().toString(), "p:" + a.person(), "o:" + a.organization(), "affiliation",
                        a.role() == null ? "AFFILIATED_WITH" : a.role()));
                personNames.put("p:" + a.person(), a.personName());
                since.put(a.id().toString(), a.validFrom());
            }
        }
        var allParties = parties.findAll();
        var visibleParties = directory.summaries(allParties.stream().map(p -> new OrganizationId(p.organization()))
                .distinct().toList()).keySet();
        var byEngagement = new LinkedHashMap<UUID, List<EngagementParty>>();
        allParties.stream()
                .filter(p -> visibleParties.contains(new OrganizationId(p.organization())))
                .forEach(p -> byEngagement.computeIfAbsent(p.engagement(), e -> new ArrayList<>()).add(p));
        byEngagement.forEach((engagement, present) -> {
            for (int i = 0; i < present.size(); i++) {
                for (int j = i + 1; j < present.size(); j++) {
                    var a = present.get(i);
                    var b = present.get(j);
                    String id = engagement + ":" + a.organization() + ":" + b.organization();
                    links.add(new Link(id, "o:" + a.organization(), "o:" + b.organization(), "engagement", a.kind()));
                    since.put(id, a.date());
                }
            }
        });
        List<Chain> chains = IntroductionPaths.shortest(links, "o:" + hub.id(), "o:" + to.id(), PATHS);
        var organizationIds = chains.stream().flatMap(c -> c.steps().stream())
                .flatMap(s -> java.util.stream.Stream.of(s.from(), s.to()))
                .filter(k -> k.startsWith("o:"))
                .map(k -> OrganizationId.of(k.substring(2)))
                .distinct().toList();
        var summaries = directory.summaries(organizationIds);
        return chains.stream().map(chain -> new PathView(chain.steps().stream().map(step -> {
            var from = party(step.from(), summaries, personNames, locale);
            var toParty = party(step.to(), summaries, personNames, locale);
            // a shared engagement has no direction: it reads the way the chain walks
            boolean symmetric = step.link().kind().equals("engagement");
            var linkFrom = symmetric ? from : party(step.link().from(), summaries, personNames, locale);
            var linkTo = symmetric ? toParty : party(step.link().to(), summaries, personNames, locale);
            LocalDate start = since.get(step.link().id());
            return new PathView.StepView(from, toParty, step.link().kind(), step.link().label(),
                    linkFrom.name() + " " + step.link().label() + " " + linkTo.name(),
                    start == null ? null : start.toString());
        }).toList())).toList();
    }

    /** Per country: relationships by stage and by kind of organization, countries in code order. */
    @Transactional(readOnly = true)
    public List<CountryCoverage> coverage() {
        return coverage(RelationshipFilter.ANY);
    }

    /** Coverage under a filter (kind, owner), counted in SQL. */
    @Transactional(readOnly = true)
    public List<CountryCoverage> coverage(RelationshipFilter filter) {
        requireStaff();
        return cards.coverage(filter, viewer.get().readScope());
    }

    /** The label of each stage in the language of {@code locale}: an administrator's, else the bundle's. */
    @Transactional(readOnly = true)
    public Map<Stage, String> stageLabels(Locale locale) {
        requireStaff();
        var overrides = new EnumMap<Stage, String>(Stage.class);
        labels.findByLang(locale.getLanguage()).forEach(l -> overrides.put(l.stage(), l.label()));
        var result = new EnumMap<Stage, String>(Stage.class);
        for (Stage stage : Stage.values()) {
            result.put(stage, overrides.getOrDefault(stage,
                    messages.getMessage("relationships.stage." + stage.name(), null, stage.name(), locale)));
        }
        return result;
    }

    // ---- helpers

    /**
     * The seniority of the most senior person met at an engagement who is affiliated with the
     * organization on that day, from the titles and roles the directory records on affiliations
     * ({@link Seniority}); working level when none of the people met is.
     */
    static double seniorityMet(List<org.liaison.directory.PersonId> met,
            List<org.liaison.directory.DirectoryLinks.AffiliationLink> affiliations, UUID organization, LocalDate date) {
        var people = new HashSet<>(met);
        var roles = new ArrayList<@Nullable String>();
        for (var a : affiliations) {
            if (people.contains(a.person()) && a.organization().value().equals(organization)
                    && (a.validFrom() == null || !a.validFrom().isAfter(date))
                    && (a.validTo() == null || !a.validTo().isBefore(date))) {
                roles.add(a.role());
            }
        }
        return Seniority.ofMost(roles);
    }

    /** The kind of an engagement weighs its interaction; the seniority of the people met multiplies it. */
    static double weightOf(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "visit", "delegation" -> 1.5;
            case "call" -> 0.5;
            default -> 1.0;
        };
    }

    /** The days an agreement was signed: while at AGREEMENT or ACTIVE, the last move to AGREEMENT. */
    static List<LocalDate> agreementsInForce(Relationship relationship) {
        if (!relationship.getStage().isPartner()) {
            return List.of();
        }
        return relationship.getHistory().reversed().stream()
                .filter(c -> c.to() == Stage.AGREEMENT)
                .findFirst()
                .map(c -> List.of(LocalDate.ofInstant(c.at(), ZoneOffset.UTC)))
                .orElse(List.of(LocalDate.ofInstant(relationship.getCreatedAt(), ZoneOffset.UTC)));
    }

    private PathView.Party party(String key, Map<OrganizationId, OrganizationSummary> summaries,
            Map<String, String> personNames, Locale locale) {
        if (key.startsWith("p:")) {
            return new PathView.Party("person", key.substring(2), personNames.getOrDefault(key, key.substring(2)));
        }
        var id = OrganizationId.of(key.substring(2));
        var summary = summaries.get(id);
        return new PathView.Party("organization", id.toString(), summary == null ? id.toString() : summary.nameIn(locale));
    }

    private void publish(Relationship relationship, StageChange change) {
        events.publishEvent(new RelationshipStageChanged(new RelationshipId(relationship.getId()),
                relationship.getOrganization(), change.from(), change.to(), change.reason(), change.by(), change.at()));
    }

    private Relationship readable(UUID id) {
        if (!viewer.get().isStaff()) {
            throw new NotFoundException("relationship", id);
        }
        var relationship = relationships.findById(id).orElseThrow(() -> new NotFoundException("relationship", id));
        if (directory.summary(relationship.getOrganization()).isEmpty()) {
            throw new NotFoundException("relationship", id);
        }
        return relationship;
    }

    private RelationshipView view(Relationship r) {
        var summary = directory.summary(r.getOrganization())
                .orElseThrow(() -> new NotFoundException("relationship", r.getId()));
        return view(r, summary);
    }

    private RelationshipView view(Relationship r, OrganizationSummary s) {
        return view(r, s, Locale.ENGLISH);
    }

    private static RelationshipView view(Relationship r, OrganizationSummary s, Locale locale) {
        return new RelationshipView(r.getId(), r.getVersion(), r.getOrganization(), s.nameIn(locale), s.kind(),
                s.country(), r.getStage(), r.getOwner(), r.getNextStep(), r.getNextStepDue(), r.getLastContact(),
                r.getCreatedAt(), r.getUpdatedAt());
    }

    private void requireStaff() {
        if (!viewer.get().isStaff()) {
            throw new NotFoundException("relationships", "");
        }
    }

    private void requireManager() {
        Viewer v = viewer.get();
        if (!v.isStaff()) {
            throw new NotFoundException("relationship", "");
        }
        if (!v.roles().contains(Role.ADMINISTRATOR) && !v.roles().contains(Role.COOPERATION_MANAGER)) {
            throw new AccessDeniedException("Only administrators and cooperation managers change relationships");
        }
    }
}
