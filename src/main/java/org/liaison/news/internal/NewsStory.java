package org.liaison.news.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementQueries;
import org.liaison.shared.DemoDataContributor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The news item of the reference story (shared/seed/skolkovo-china-japan.txt): "Skolkovo to develop
 * cooperation with China and Japan", source the Skolkovo Foundation, early May 2012 (the day is
 * not given: May 3 is assumed), with the seed page's topics and links to the organizations, people
 * and engagements the other modules' demo data hold, looked up by name through their queries.
 * The page's leftovers ("Scroll to Top", maintenance banners) are not part of the item. Idempotent by slug.
 */
@Component
class NewsStory implements DemoDataContributor {

    static final String TITLE = "Skolkovo to develop cooperation with China and Japan";
    static final String SOURCE = "The Skolkovo Foundation";
    static final LocalDateTime PUBLISHED = LocalDateTime.of(2012, 5, 3, 9, 0);

    static final List<String> ORGANIZATIONS = List.of("Skolkovo Foundation", "State Council of the People's Republic of China",
            "Lenovo", "ZTE", "Torch technopark of Tsinghua University", "Tsinghua University", "Zhongguancun",
            "Ministry of Economy, Trade and Industry", "Ministry of Foreign Affairs of Japan", "Keidanren", "Hitachi", "NEC",
            "Mitsubishi", "Toshiba", "Research Center of Applied Sciences and Technologies");
    static final List<String> PEOPLE = List.of("Viktor Vekselberg", "Li Keqiang");
    static final List<String> ENGAGEMENTS = List.of("Sino-Russian Trade and Investment Forum",
            "Viktor Vekselberg's visit to Tokyo",
            "Memorandum of understanding with the Torch technopark of Tsinghua University");

    private final NewsService news;
    private final NewsItems items;
    private final Topics topics;
    private final DefaultTopics defaults;
    private final DirectoryQueries directory;
    private final EngagementQueries engagements;

    NewsStory(NewsService news, NewsItems items, Topics topics, DefaultTopics defaults, DirectoryQueries directory,
            EngagementQueries engagements) {
        this.news = news;
        this.items = items;
        this.topics = topics;
        this.defaults = defaults;
        this.directory = directory;
        this.engagements = engagements;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String name() {
        return "news";
    }

    @Override
    public void contribute() {
        ViewerContext.run(Viewer.system("demo-news"), this::story);
    }

    private void story() {
        defaults.ensure(); // the hub is in the directory now: its topic takes the hub's names
        if (items.existsBySlug(Slugs.of(TITLE))) {
            return;
        }
        var topicIds = new LinkedHashSet<UUID>();
        for (var slug : List.of("incubators", "accelerators", "technoparks", "international", "news",
                "regions-and-cities", defaults.hubSlug())) {
            topics.findBySlug(slug).map(Topic::getId).ifPresent(topicIds::add);
        }
        var organizations = new ArrayList<UUID>();
        ORGANIZATIONS.forEach(name -> directory.organizationNamed(name).map(OrganizationId::value).ifPresent(organizations::add));
        var people = new LinkedHashSet<UUID>();
        PEOPLE.forEach(name -> directory.personNamed(name).map(PersonId::value).ifPresent(people::add));
        var linked = new LinkedHashSet<UUID>();
        ENGAGEMENTS.forEach(title -> engagements.engagementTitled(title).map(EngagementId::value).ifPresent(linked::add));

        var created = news.create(new NewsDraft(TITLE,
                "Skolkovo seeks to extend its cooperation with China (Torch technopark of Tsinghua University, "
                        + "Zhongguancun) and makes first contacts with Japanese companies.",
                body(), "en", SOURCE, null, topicIds, organizations, people, linked));
        var item = items.findById(created.id()).orElseThrow();
        item.backdate(PUBLISHED.atZone(ZoneId.of("Europe/Moscow")).toInstant());
        items.saveAndFlush(item);
        news.publish(created.id(), null);
        Objects.requireNonNull(item.getPublishedAt());
    }

    private static String body() {
        try {
            return new ClassPathResource("news/skolkovo-china-japan.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
