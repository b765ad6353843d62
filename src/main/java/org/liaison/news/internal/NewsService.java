package org.liaison.news.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementQueries;
import org.liaison.news.News;
import org.liaison.news.NewsHeadline;
import org.liaison.news.NewsItemId;
import org.liaison.news.NewsPublished;
import org.liaison.news.NewsQueries;
import org.liaison.news.NewsWithdrawn;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news' commands and queries with their rules: only administrators and cooperation managers
 * write and publish; everyone reads what is published; the hub's staff also read drafts. Pages,
 * the API and other modules (through {@link News} and {@link NewsQueries}) all go through here.
 */
@Service
@Transactional
public class NewsService implements News, NewsQueries {

    /** Slugs that name pages under /news rather than items. */
    static final Set<String> RESERVED_SLUGS = Set.of("topics", "feed", "index");

    private final NewsItems items;
    private final Topics topics;
    private final WhatIsNew updates;
    private final DirectoryQueries directory;
    private final EngagementQueries engagements;
    private final CurrentViewer viewer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final DefaultTopics defaults;

    NewsService(NewsItems items, Topics topics, WhatIsNew updates, DirectoryQueries directory,
            EngagementQueries engagements, CurrentViewer viewer, ApplicationEventPublisher events, Clock clock,
            Subscriptions subscriptions, DefaultTopics defaults) {
        this.subscriptions = subscriptions;
        this.defaults = defaults;
        this.items = items;
        this.topics = topics;
        this.updates = updates;
        this.directory = directory;
        this.engagements = engagements;
        this.viewer = viewer;
        this.events = events;
        this.clock = clock;
    }

    // Public reading (NewsQueries and the public pages)

    @Override
    @Transactional(readOnly = true)
    public List<NewsHeadline> latest(int limit) {
        return items.findByStatusOrderByPublishedAtDescTitleAsc(NewsStatus.PUBLISHED, PageRequest.of(0, limit))
                .stream().map(NewsService::headline).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NewsHeadline> about(OrganizationId organization, int limit) {
        return items.findByStatusAndOrganization(NewsStatus.PUBLISHED, organization.value(), PageRequest.of(0, limit))
                .stream().map(NewsService::headline).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NewsHeadline> published(String slug) {
        return items.findBySlug(slug).filter(NewsItem::isPublished).map(NewsService::headline);
    }

    /** The latest published items as whole views, newest first. */
    @Transactional(readOnly = true)
    public List<NewsView> latestViews(int limit) {
        var found = items.findByStatusOrderByPublishedAtDescTitleAsc(NewsStatus.PUBLISHED, PageRequest.of(0, limit));
        return views(found);
    }

    /** The published items of a topic, newest first; 404 for an unknown topic. */
    @Transactional(readOnly = true)
    public List<NewsView> latestViews(String topicSlug, int limit) {
        var topic = topics.findBySlug(topicSlug).orElseThrow(() -> new NotFoundException("topic", topicSlug));
        return views(items.findByStatusAndTopic(NewsStatus.PUBLISHED, topic.getId(), PageRequest.of(0, limit)));
    }

    /** A published item by slug: 404 when there is none, or it is not published. */
    @Transactional(readOnly = true)
    public NewsView publishedView(String slug) {
        return items.findBySlug(slug).filter(NewsItem::isPublished).map(this::view)
                .orElseThrow(() -> new NotFoundException("news", slug));
    }

    /** When anything public last changed, for Last-Modified and ETags; the epoch when nothing is public. */
    @Transactional(readOnly = true)
    public Instant lastPublicChange() {
        return items.lastPublicChange().orElse(Instant.EPOCH);
    }

    /**
     * A value that changes whenever a public page may change: items published, changed, withdrawn
     * or deleted, topics added or renamed. For ETags.
     */
    @Transactional(readOnly = true)
    public String publicRevision() {
        long topicRevision = topics.findAll().stream().mapToLong(t -> t.getVersion() + 1).sum();
        return lastPublicChange().toEpochMilli() + "-" + items.countByStatus(NewsStatus.PUBLISHED) + "-" + topicRevision;
    }

    // Editors' reading

    /** Every item, latest changed first: for the hub's staff. */
    @Transactional(readOnly = true)
    public List<NewsView> all(@Nullable NewsStatus status, int page, int size) {
        requireStaff();
        var found = items.findAllByOrderByUpdatedAtDesc(PageRequest.of(page, size)).stream()
                .filter(n -> status == null || n.getStatus() == status).toList();
        return views(found);
    }

    /** One item: the hub's staff read every item, everyone else only published ones (404 otherwise). */
    @Transactional(readOnly = true)
    public NewsView item(UUID id) {
        return view(readable(id));
    }

    // Writing

    public NewsView create(NewsDraft draft) {
        requireManager();
        var now = Instant.now(clock);
        var checked = check(draft);
        var item = new NewsItem(Slugs.unique(checked.title(), s -> RESERVED_SLUGS.contains(s) || items.existsBySlug(s)), checked.title(), checked.body(),
                checked.lang(), now);
        apply(item, checked, now);
        items.saveAndFlush(item);
        return view(item);
    }

    public NewsView update(UUID id, long expectedVersion, NewsDraft draft) {
        var item = readable(id);
        requireManager();
        Versions.check("news", id, expectedVersion, item.getVersion());
        var checked = check(draft);
        apply(item, checked, Instant.now(clock));
        items.saveAndFlush(item);
        if (item.isPublished()) {
            published(item); // the public pages and feeds show the new text
        }
        return view(item);
    }

    public void delete(UUID id, long expectedVersion) {
        var item = readable(id);
        requireManager();
        Versions.check("news", id, expectedVersion, item.getVersion());
        boolean wasPublic = item.isPublished();
        items.delete(item);
        items.flush();
        updates.forget(UpdateKind.NEWS, id);
        if (wasPublic) {
            events.publishEvent(new NewsWithdrawn(item.id(), item.getSlug()));
        }
    }

    @Override
    public NewsHeadline publish(NewsItemId id) {
        return headline(publish(id.value(), null));
    }

    /** Publishes now; with {@code expectedVersion}, refused when stale. */
    public NewsItem publish(UUID id, @Nullable Long expectedVersion) {
        var item = readable(id);
        requireManager();
        if (expectedVersion != null) {
            Versions.check("news", id, expectedVersion, item.getVersion());
        }
        if (item.publish(Instant.now(clock))) {
            items.saveAndFlush(item);
            published(item);
        }
        return item;
    }

    @Override
    public void schedule(NewsItemId id, Instant at) {
        schedule(id.value(), null, at);
    }

    public NewsView schedule(UUID id, @Nullable Long expectedVersion, Instant at) {
        var item = readable(id);
        requireManager();
        if (expectedVersion != null) {
            Versions.check("news", id, expectedVersion, item.getVersion());
        }
        item.schedule(at, Instant.now(clock));
        items.saveAndFlush(item);
        return view(item);
    }

    public NewsView withdraw(UUID id, @Nullable Long expectedVersion) {
        var item = readable(id);
        requireManager();
        if (expectedVersion != null) {
            Versions.check("news", id, expectedVersion, item.getVersion());
        }
        boolean wasPublic = item.isPublished();
        item.withdraw(Instant.now(clock));
        items.saveAndFlush(item);
        if (wasPublic) {
            events.publishEvent(new NewsWithdrawn(item.id(), item.getSlug()));
        }
        return view(item);
    }

    /** Publishes every scheduled item whose time has come; returns how many. Run by {@link PublicationJob}. */
    public int publishDue() {
        var now = Instant.now(clock);
        int count = 0;
        for (var item : items.findDue(now)) {
            if (item.publishIfDue(now)) {
                items.save(item);
                published(item);
                count++;
            }
        }
        items.flush();
        return count;
    }

    /** Moves links from a merged organization to its survivor; idempotent. */
    public int replaceOrganization(OrganizationId merged, OrganizationId survivor) {
        int changed = 0;
        for (var item : items.findWithOrganization(merged.value())) {
            item.replaceOrganization(merged.value(), survivor.value(), Instant.now(clock));
            changed++;
        }
        return changed;
    }

    /** The preview of a body: exactly what the item page will show. */
    public String preview(String body) {
        return RichText.sanitize(body);
    }

    private void published(NewsItem item) {
        var topicSlugs = topics.findAllById(item.getTopics()).stream().map(Topic::getSlug).toList();
        var organizations = item.getOrganizations().stream().map(o -> new OrganizationId(o.organization())).toList();
        updates.recordNews(item, organizations, topicSlugs);
        events.publishEvent(new NewsPublished(item.id(), item.getSlug(), Objects.requireNonNull(item.getPublishedAt()),
                organizations, topicSlugs));
    }

    // Topics

    @Transactional(readOnly = true)
    public List<TopicView> topics() {
        return topics.findAllByOrderByPositionAscSlugAsc().stream().map(NewsService::view).toList();
    }

    @Transactional(readOnly = true)
    public TopicView topic(String slug) {
        return topics.findBySlug(slug).map(NewsService::view).orElseThrow(() -> new NotFoundException("topic", slug));
    }

    @Transactional(readOnly = true)
    public TopicView topic(UUID id) {
        return topics.findById(id).map(NewsService::view).orElseThrow(() -> new NotFoundException("topic", id));
    }

    public TopicView createTopic(@Nullable String slug, TopicNames names, @Nullable Integer position) {
        requireManager();
        String wanted = slug == null || slug.isBlank() ? Slugs.of(names.en()) : slug.strip();
        if (!Slugs.isValid(wanted)) {
            throw new RuleViolationException("news-invalid-slug", "A slug is lower case letters and digits joined by hyphens");
        }
        if (topics.findBySlug(wanted).isPresent()) {
            throw new RuleViolationException("news-topic-slug-taken", "Another topic has this slug: " + wanted);
        }
        // at the end: after the last position (not the count, which retired topics leave behind)
        int at = position != null ? position
                : topics.findAllByOrderByPositionAscSlugAsc().stream().mapToInt(Topic::getPosition).max().orElse(0) + 1;
        var created = view(topics.saveAndFlush(new Topic(wanted, names, at)));
        events.publishEvent(new TopicsChanged(null));
        return created;
    }

    public TopicView updateTopic(UUID id, long expectedVersion, TopicNames names, @Nullable Integer position) {
        requireManager();
        var topic = topics.findById(id).orElseThrow(() -> new NotFoundException("topic", id));
        Versions.check("topic", id, expectedVersion, topic.getVersion());
        topic.rename(names);
        if (position != null) {
            topic.moveTo(position);
        }
        var changed = view(topics.saveAndFlush(topic));
        events.publishEvent(new TopicsChanged(null));
        return changed;
    }

    /** Whether a topic is one of the seed taxonomy (the seed page's list and the hub's own name), which stays. */
    public boolean isSeedTopic(String slug) {
        return DefaultTopics.DEFAULTS.stream().anyMatch(t -> t.getSlug().equals(slug)) || defaults.hubSlug().equals(slug);
    }

    /**
     * Moves a topic one place up or down the list, numbering the positions 1, 2, 3... in the
     * order shown; refused when the topic changed since {@code expectedVersion}. At either end, nothing moves.
     */
    public List<TopicView> moveTopic(UUID id, long expectedVersion, boolean up) {
        requireManager();
        var topic = topics.findById(id).orElseThrow(() -> new NotFoundException("topic", id));
        Versions.check("topic", id, expectedVersion, topic.getVersion());
        var ordered = new ArrayList<>(topics.findAllByOrderByPositionAscSlugAsc());
        int at = ordered.indexOf(topic);
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < ordered.size()) {
            java.util.Collections.swap(ordered, at, to);
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).getPosition() != i + 1) {
                    ordered.get(i).moveTo(i + 1);
                }
            }
            topics.saveAllAndFlush(ordered);
            events.publishEvent(new TopicsChanged(null));
        }
        return topics();
    }

    /**
     * Retires a topic by merging it into another: its items (drafts too) and its followers move to
     * {@code into}, then the topic is removed; the seed topics stay. Returns how many items moved.
     */
    public int retireTopic(UUID id, long expectedVersion, UUID into) {
        requireManager();
        var topic = topics.findById(id).orElseThrow(() -> new NotFoundException("topic", id));
        Versions.check("topic", id, expectedVersion, topic.getVersion());
        if (isSeedTopic(topic.getSlug())) {
            throw new RuleViolationException("news-topic-seed", "The seed topics stay: " + topic.getSlug());
        }
        var target = topics.findById(into).filter(t -> !t.getId().equals(id)).orElseThrow(
                () -> new RuleViolationException("news-topic-retire-into", "Choose another existing topic to move the items to"));
        var now = Instant.now(clock);
        int moved = 0;
        for (var item : items.findWithTopic(id)) {
            if (item.replaceTopic(id, target.getId(), now)) {
                moved++;
                items.save(item);
            }
        }
        items.flush();
        for (var follower : subscriptions.findByKindAndTarget(Subscription.Kind.TOPIC, topic.getSlug())) {
            if (!subscriptions.existsByUserAndKindAndTarget(follower.getUser(), Subscription.Kind.TOPIC, target.getSlug())) {
                subscriptions.save(new Subscription(follower.getUser(), Subscription.Kind.TOPIC, target.getSlug(), follower.getCreatedAt()));
            }
            subscriptions.delete(follower);
        }
        subscriptions.flush();
        topics.delete(topic);
        topics.flush();
        // what is new lists the moved items under their new topic
        for (var item : items.findWithTopic(target.getId())) {
            if (item.isPublished()) {
                var topicSlugs = topics.findAllById(item.getTopics()).stream().map(Topic::getSlug).toList();
                updates.recordNews(item, item.getOrganizations().stream().map(o -> new OrganizationId(o.organization())).toList(), topicSlugs);
            }
        }
        events.publishEvent(new TopicsChanged(topic.getSlug()));
        return moved;
    }

    // Rules

    private record Checked(String title, @Nullable String summary, String body, String lang, @Nullable String sourceName,
            @Nullable String sourceUrl, Set<UUID> topics, List<LinkedOrganization> organizations, Set<UUID> people,
            Set<UUID> engagements) {}

    private Checked check(NewsDraft draft) {
        if (draft.title().isBlank()) {
            throw new RuleViolationException("news-title-required", "A title is required");
        }
        String body = RichText.sanitize(draft.body());
        if (RichText.toPlainText(body).isBlank()) {
            throw new RuleViolationException("news-body-required", "The body is required (text, after cleaning)");
        }
        String lang = lang(draft.lang());
        var language = Locale.forLanguageTag(lang);
        String url = null;
        if (draft.sourceUrl() != null) {
            var uri = draft.sourceUrl();
            if (uri.getScheme() == null || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw new RuleViolationException("news-invalid-source-url", "The source's address must be an http(s) URL");
            }
            url = uri.toString();
        }
        var knownTopics = topics.findAllById(draft.topics());
        if (knownTopics.size() != draft.topics().size()) {
            throw new RuleViolationException("news-unknown-topic", "No such topic among " + draft.topics());
        }
        var orgIds = draft.organizations().stream().map(OrganizationId::new).toList();
        var summaries = directory.summaries(orgIds);
        var linked = new ArrayList<LinkedOrganization>();
        for (var id : orgIds) {
            var summary = summaries.get(id);
            if (summary == null) {
                throw new RuleViolationException("news-unknown-organization", "No such organization: " + id);
            }
            linked.add(new LinkedOrganization(id.value(), summary.nameIn(language)));
        }
        var personNames = directory.personNames(draft.people().stream().map(PersonId::new).toList());
        if (personNames.size() != draft.people().size()) {
            throw new RuleViolationException("news-unknown-person", "No such person among " + draft.people());
        }
        var found = engagements.summaries(draft.engagements().stream().map(EngagementId::new).toList());
        if (found.size() != draft.engagements().size()) {
            throw new RuleViolationException("news-unknown-engagement", "No such engagement among " + draft.engagements());
        }
        return new Checked(draft.title().strip(), blankToNull(draft.summary()), body, lang,
                blankToNull(draft.sourceName()), url, new LinkedHashSet<>(draft.topics()), linked,
                new LinkedHashSet<>(draft.people()), new LinkedHashSet<>(draft.engagements()));
    }

    private static void apply(NewsItem item, Checked checked, Instant now) {
        item.write(checked.title(), checked.summary(), checked.body(), checked.lang(), now);
        item.cite(checked.sourceName(), checked.sourceUrl());
        item.link(checked.topics(), checked.organizations(), checked.people(), checked.engagements());
    }

    static String lang(@Nullable String lang) {
        if (lang == null || lang.isBlank()) {
            throw new RuleViolationException("news-invalid-lang", "A language tag such as en, ru, zh or ja is required");
        }
        var locale = Locale.forLanguageTag(lang.strip());
        if (locale.getLanguage().isEmpty()) {
            throw new RuleViolationException("news-invalid-lang", "Not a language tag: " + lang);
        }
        return locale.toLanguageTag();
    }

    private NewsItem readable(UUID id) {
        var me = viewer.get();
        return items.findById(id).filter(n -> n.isPublished() || me.isStaff())
                .orElseThrow(() -> new NotFoundException("news", id));
    }

    private void requireManager() {
        var me = viewer.get();
        if (!me.roles().contains(Role.ADMINISTRATOR) && !me.roles().contains(Role.COOPERATION_MANAGER)) {
            throw new AccessDeniedException("Only administrators and cooperation managers write news");
        }
    }

    private void requireStaff() {
        if (!viewer.get().isStaff()) {
            throw new AccessDeniedException("Drafts are the hub's own");
        }
    }

    /** Whether the current viewer may write news (for pages that show or hide the editor's buttons). */
    public boolean canEdit() {
        Viewer me = viewer.get();
        return me.roles().contains(Role.ADMINISTRATOR) || me.roles().contains(Role.COOPERATION_MANAGER);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // Views

    static NewsHeadline headline(NewsItem item) {
        return new NewsHeadline(item.id(), item.getSlug(), item.getTitle(), item.getSummary(), item.getLang(),
                Objects.requireNonNullElse(item.getPublishedAt(), item.getUpdatedAt()), "/news/" + item.getSlug());
    }

    private List<NewsView> views(Collection<NewsItem> found) {
        var topicViews = new HashMap<UUID, TopicView>();
        topics.findAll().forEach(t -> topicViews.put(t.getId(), view(t)));
        return found.stream().map(n -> view(n, topicViews, false)).toList();
    }

    NewsView view(NewsItem item) {
        var topicViews = new HashMap<UUID, TopicView>();
        topics.findAllById(item.getTopics()).forEach(t -> topicViews.put(t.getId(), view(t)));
        return view(item, topicViews, true);
    }

    private NewsView view(NewsItem item, Map<UUID, TopicView> topicViews, boolean withLinks) {
        var itemTopics = item.getTopics().stream().map(topicViews::get).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(TopicView::position).thenComparing(TopicView::slug)).toList();
        List<NewsView.Named> people = List.of();
        List<NewsView.Named> linkedEngagements = List.of();
        if (withLinks) {
            var names = directory.personNames(item.getPeople().stream().map(PersonId::new).toList());
            people = item.getPeople().stream().map(p -> new NewsView.Named(p, names.get(new PersonId(p)))).toList();
            var found = engagements.summaries(item.getEngagements().stream().map(EngagementId::new).toList());
            linkedEngagements = item.getEngagements().stream().map(e -> {
                var summary = found.get(new EngagementId(e));
                return new NewsView.Named(e, summary == null ? null : summary.title());
            }).toList();
        }
        return new NewsView(item.getId(), item.getVersion(), item.getSlug(), item.getTitle(), item.getSummary(),
                item.getBody(), item.getLang(), item.getStatus(), item.getPublishedAt(), item.getScheduledAt(),
                item.getSourceName(), item.getSourceUrl(), itemTopics, item.getOrganizations(), people,
                linkedEngagements, item.isSample(), item.getCreatedAt(), item.getUpdatedAt());
    }

    static TopicView view(Topic topic) {
        return new TopicView(topic.getId(), topic.getVersion(), topic.getSlug(),
                topic.nameIn(LocaleContextHolder.getLocale()), topic.names(), topic.getPosition());
    }
}
