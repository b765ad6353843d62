package org.liaison.news.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationSummary;
import org.liaison.engagements.EngagementId;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementSigned;
import org.liaison.agreements.Agreements;
import org.liaison.engagements.EngagementLogged;
import org.liaison.engagements.EngagementQueries;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions and "what is new": records news published, engagements logged and organizations
 * registered, and shows each follower the entries about what they follow that they may see
 * (checked when shown, through the directory's and the engagements' queries as the follower).
 */
@Service
@Transactional
public class WhatIsNew {

    /** How many recent entries are looked through for one follower. */
    static final int WINDOW = 500;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Updates updates;
    private final Subscriptions subscriptions;
    private final DigestAddresses addresses;
    private final NewsItems items;
    private final Topics topics;
    private final DirectoryQueries directory;
    private final EngagementQueries engagements;
    private final Agreements agreements;
    private final CurrentViewer viewer;
    private final Clock clock;

    WhatIsNew(Updates updates, Subscriptions subscriptions, DigestAddresses addresses, NewsItems items, Topics topics,
            DirectoryQueries directory, EngagementQueries engagements, Agreements agreements, CurrentViewer viewer,
            Clock clock) {
        this.agreements = agreements;
        this.updates = updates;
        this.subscriptions = subscriptions;
        this.addresses = addresses;
        this.items = items;
        this.topics = topics;
        this.directory = directory;
        this.engagements = engagements;
        this.viewer = viewer;
        this.clock = clock;
    }

    // Recording (idempotent: one entry per record)

    void recordNews(NewsItem item, List<OrganizationId> organizations, List<String> topicSlugs) {
        var countries = ViewerContext.call(Viewer.system("news-updates"), () -> countries(organizations));
        var date = Objects.requireNonNullElse(item.getPublishedAt(), item.getUpdatedAt()).atZone(ZoneOffset.UTC).toLocalDate();
        entry(UpdateKind.NEWS, item.getId()).describe(item.getTitle(), date,
                organizations.stream().map(OrganizationId::value).toList(), countries, topicSlugs);
    }

    public void recordEngagement(EngagementLogged logged) {
        var countries = ViewerContext.call(Viewer.system("news-updates"), () -> {
            var found = new HashSet<>(countries(logged.organizations()));
            engagements.summaries(List.of(logged.engagement())).values().stream()
                    .map(e -> e.country()).filter(Objects::nonNull).forEach(found::add);
            return found;
        });
        entry(UpdateKind.ENGAGEMENT, logged.engagement().value()).describe(null, logged.date(),
                logged.organizations().stream().map(OrganizationId::value).toList(), countries, List.of());
    }

    public void recordAgreement(AgreementSigned signed) {
        var countries = ViewerContext.call(Viewer.system("news-updates"), () -> countries(signed.parties()));
        entry(UpdateKind.AGREEMENT, signed.agreement().value()).describe(null, signed.signedOn(),
                signed.parties().stream().map(OrganizationId::value).toList(), countries, List.of());
    }

    public void recordOrganization(OrganizationId organization, String name, @Nullable String country) {
        entry(UpdateKind.ORGANIZATION, organization.value()).describe(name, Instant.now(clock).atZone(ZoneOffset.UTC).toLocalDate(),
                List.of(organization.value()), country == null ? List.of() : List.of(country), List.of());
    }

    void forget(UpdateKind kind, UUID ref) {
        updates.findByKindAndRef(kind, ref).ifPresent(updates::delete);
    }

    private Update entry(UpdateKind kind, UUID ref) {
        return updates.findByKindAndRef(kind, ref).orElseGet(() -> updates.save(new Update(kind, ref, Instant.now(clock))));
    }

    private List<String> countries(List<OrganizationId> organizations) {
        return directory.summaries(organizations).values().stream().map(OrganizationSummary::country)
                .filter(Objects::nonNull).distinct().toList();
    }

    // Following

    @Transactional(readOnly = true)
    public List<Subscription> mine() {
        return subscriptions.findByUserOrderByKindAscTargetAsc(me());
    }

    @Transactional(readOnly = true)
    public @Nullable String myDigestAddress() {
        return addresses.findById(me()).map(DigestAddress::getEmail).orElse(null);
    }

    /** Follows a topic (slug), an organization (id, one the user may see) or a country (ISO code). Following twice is once. */
    public Subscription follow(Subscription.Kind kind, String target) {
        return followOnce(kind, target).subscription();
    }

    /**
     * Follows once: the subscription, and whether this call made it. Two calls at the same moment
     * may both find nothing and insert; the unique key (user, kind, target) lets one insert through
     * and this call then fails with a {@code DataIntegrityViolationException}: call again (in a new
     * transaction) and it finds the other's subscription.
     */
    public Followed followOnce(Subscription.Kind kind, String target) {
        var user = me();
        String normalized = switch (kind) {
            case TOPIC -> topics.findBySlug(target.strip()).map(Topic::getSlug)
                    .orElseThrow(() -> new RuleViolationException("news-unknown-topic", "No such topic: " + target));
            case ORGANIZATION -> {
                UUID id;
                try {
                    id = UUID.fromString(target.strip());
                } catch (IllegalArgumentException e) {
                    throw new RuleViolationException("news-unknown-organization", "No such organization: " + target);
                }
                if (directory.summary(new OrganizationId(id)).isEmpty()) {
                    throw new RuleViolationException("news-unknown-organization", "No such organization: " + target);
                }
                yield id.toString();
            }
            case COUNTRY -> {
                String code = target.strip().toUpperCase(Locale.ROOT);
                if (!Set.of(Locale.getISOCountries()).contains(code)) {
                    throw new RuleViolationException("news-invalid-country", "Not an ISO 3166-1 alpha-2 country: " + target);
                }
                yield code;
            }
        };
        return subscriptions.findByUserOrderByKindAscTargetAsc(user).stream()
                .filter(s -> s.getKind() == kind && s.getTarget().equals(normalized)).findFirst()
                .map(existing -> new Followed(existing, false))
                .orElseGet(() -> new Followed(subscriptions.saveAndFlush(new Subscription(user, kind, normalized, Instant.now(clock))), true));
    }

    /** A subscription and whether this call made it (false: it was followed already). */
    public record Followed(Subscription subscription, boolean created) {
    }

    public void unfollow(UUID subscription) {
        var found = subscriptions.findById(subscription).filter(s -> s.getUser().equals(me()))
                .orElseThrow(() -> new NotFoundException("subscription", subscription));
        subscriptions.delete(found);
    }

    /** Sets (or with blank, removes) where the daily digest goes. */
    public void digestTo(@Nullable String email) {
        var user = me();
        if (email == null || email.isBlank()) {
            addresses.findById(user).ifPresent(addresses::delete);
            return;
        }
        String address = email.strip();
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw new RuleViolationException("news-invalid-email", "Not an e-mail address: " + email);
        }
        addresses.findById(user).ifPresentOrElse(a -> a.change(address),
                () -> addresses.save(new DigestAddress(user, address, Instant.now(clock))));
    }

    // Showing

    /** What is new for the current user: entries about what they follow, that they may see, newest first. */
    @Transactional(readOnly = true)
    public List<UpdateView> forMe(int limit) {
        return forUser(me(), Instant.EPOCH, Set.of(), limit);
    }

    /**
     * The entries for a user recorded since {@code since}, except {@code already} sent ones, as the
     * current viewer may see them (run as that user).
     */
    @Transactional(readOnly = true)
    public List<UpdateView> forUser(UUID user, Instant since, Set<UUID> already, int limit) {
        var followed = subscriptions.findByUserOrderByKindAscTargetAsc(user);
        if (followed.isEmpty()) {
            return List.of();
        }
        var orgs = new HashSet<String>();
        var countries = new HashSet<String>();
        var topicSlugs = new HashSet<String>();
        for (var s : followed) {
            switch (s.getKind()) {
                case ORGANIZATION -> orgs.add(s.getTarget());
                case COUNTRY -> countries.add(s.getTarget());
                case TOPIC -> topicSlugs.add(s.getTarget());
            }
        }
        var candidates = updates.findRecordedSince(since).stream().limit(WINDOW)
                .filter(u -> !already.contains(u.getId()))
                .filter(u -> u.matches(orgs, countries, topicSlugs)).toList();
        return visible(candidates).stream().limit(limit).toList();
    }

    private List<UpdateView> visible(List<Update> candidates) {
        var engagementIds = candidates.stream().filter(u -> u.getKind() == UpdateKind.ENGAGEMENT)
                .map(u -> new EngagementId(u.getRef())).toList();
        var seenEngagements = engagements.summaries(engagementIds);
        var orgIds = candidates.stream().filter(u -> u.getKind() == UpdateKind.ORGANIZATION)
                .map(u -> new OrganizationId(u.getRef())).toList();
        var seenOrgs = directory.summaries(orgIds);
        var views = new ArrayList<UpdateView>();
        for (var u : candidates) {
            switch (u.getKind()) {
                case NEWS -> items.findById(u.getRef()).filter(NewsItem::isPublished).ifPresent(n -> views.add(
                        new UpdateView(u.getId(), u.getKind(), n.getTitle(), u.getOccurredOn(), "/news/" + n.getSlug())));
                case ENGAGEMENT -> {
                    var e = seenEngagements.get(new EngagementId(u.getRef()));
                    if (e != null) {
                        views.add(new UpdateView(u.getId(), u.getKind(), e.title(), e.date(), "/engagements/" + e.id().value()));
                    }
                }
                case AGREEMENT -> agreements.find(new AgreementId(u.getRef())).ifPresent(a -> views.add(
                        new UpdateView(u.getId(), u.getKind(), a.title(), u.getOccurredOn(), "/agreements/" + a.id().value())));
                case ORGANIZATION -> {
                    var o = seenOrgs.get(new OrganizationId(u.getRef()));
                    if (o != null) {
                        views.add(new UpdateView(u.getId(), u.getKind(), o.name(), u.getOccurredOn(),
                                "/directory/organizations/" + o.id()));
                    }
                }
            }
        }
        return views;
    }

    private UUID me() {
        var me = viewer.get();
        if (me.isAnonymous() || me.userId() == null) {
            throw new AccessDeniedException("Sign in to follow topics, organizations and countries");
        }
        return me.userId();
    }
}
