package org.liaison.news.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.news.PublicSnapshots;
import org.liaison.news.internal.NewsDraft;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.NewsStatus;
import org.liaison.news.internal.NewsView;
import org.liaison.news.internal.PublicationJob;
import org.liaison.support.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public news as an anonymous visitor gets it, on the reference story: the latest news, a
 * topic, the seed item with its organizations, the Atom feeds (parsed back with Rome) advertised
 * on every page, the sitemap, caching, drafts kept out, scheduled publication, the snapshots on
 * disk, the organization page's panel and what is new for a follower.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("persistence")
class NewsPublicPagesIntegrationTests {

    static final String SEED = "Skolkovo to develop cooperation with China and Japan";
    static final String SEED_PATH = "/news/skolkovo-to-develop-cooperation-with-china-and-japan";
    static final String FEED_LINK = "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"";

    @LocalServerPort
    int port;
    @Autowired
    NewsService news;
    @Autowired
    PublicationJob publication;
    @Autowired
    PublicSnapshots snapshots;
    @Autowired
    DirectoryQueries directory;
    @Autowired
    UserAccounts users;
    @Autowired
    Clock clock;

    PageClient anonymous;

    @BeforeEach
    void visitor() {
        anonymous = new PageClient(port);
    }

    @Test
    void theLatestNewsShowsTheSeedItemAndAdvertisesTheFeed() {
        var page = anonymous.get("/news");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(SEED).contains("The Skolkovo Foundation").contains(SEED_PATH)
                .contains(FEED_LINK + "/news/feed.atom\"").contains("Technoparks").contains("Regions &amp; cities");
        assertThat(page.header("Cache-Control")).hasValue("public, max-age=60");
    }

    @Test
    void answersNotModifiedToACurrentCopyAndAgainAfterAPublication() {
        var first = anonymous.get("/news");
        var etag = first.header("ETag").orElseThrow();
        var lastModified = first.header("Last-Modified").orElseThrow();
        assertThat(anonymous.get("/news", "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(anonymous.get("/news/feed.atom", "If-Modified-Since", lastModified).status()).isEqualTo(304);

        publish(draft("Cache test " + UUID.randomUUID(), Set.of("news")));
        assertThat(anonymous.get("/news", "If-None-Match", etag).status()).isEqualTo(200);
    }

    @Test
    void theSeedItemShowsItsTextSourceTopicsAndOrganizations() {
        var page = anonymous.get(SEED_PATH);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>" + SEED + "</h1>").contains("Vekselberg visited Tokyo on April 26")
                .contains("First contacts with Japanese companies").contains("2012-05-03")
                .contains("The Skolkovo Foundation")
                .contains("Hitachi").contains("NEC").contains("Mitsubishi").contains("Toshiba").contains("Keidanren")
                .contains("Torch technopark of Tsinghua University").contains("Zhongguancun").contains("Skolkovo Foundation")
                .contains(FEED_LINK + "/news/feed.atom\"").contains(FEED_LINK + "/news/topics/technoparks/feed.atom\"")
                .doesNotContain("Scroll to Top").doesNotContain("under maintenance");
        // Anonymous visitors do not get links into the directory, which is not public.
        assertThat(page.body()).doesNotContain("/directory/organizations/");
    }

    @Test
    void theSeedItemLinksTheStorysOrganizationsPeopleAndEngagements() {
        var seed = ViewerContext.call(Viewer.system("test"), () -> news.publishedView(SEED_PATH.substring("/news/".length())));
        assertThat(seed.sourceName()).isEqualTo("The Skolkovo Foundation");
        assertThat(seed.publishedAt()).isEqualTo(Instant.parse("2012-05-03T05:00:00Z"));
        assertThat(seed.topics()).extracting(t -> t.slug()).containsExactly("incubators", "accelerators", "technoparks",
                "international", "news", "regions-and-cities", "skolkovo-foundation");
        assertThat(seed.organizations()).extracting(o -> o.name()).contains("Skolkovo Foundation", "Tsinghua University",
                "Torch technopark of Tsinghua University", "Zhongguancun", "Lenovo", "ZTE", "Hitachi", "NEC", "Mitsubishi",
                "Toshiba", "Keidanren");
        var vekselberg = ViewerContext.call(Viewer.system("test"), () -> directory.personNamed("Viktor Vekselberg")).orElseThrow();
        var li = ViewerContext.call(Viewer.system("test"), () -> directory.personNamed("Li Keqiang")).orElseThrow();
        assertThat(seed.people()).extracting(p -> p.id()).containsExactlyInAnyOrder(vekselberg.value(), li.value());
        assertThat(seed.people()).allMatch(p -> p.name() != null);
        assertThat(seed.engagements()).extracting(e -> e.name()).containsExactlyInAnyOrder(
                "Sino-Russian Trade and Investment Forum", "Viktor Vekselberg's visit to Tokyo",
                "Memorandum of understanding with the Torch technopark of Tsinghua University");
        var hitachi = ViewerContext.call(Viewer.system("test"), () -> directory.organizationNamed("Hitachi")).orElseThrow();
        assertThat(news.about(hitachi, 5)).extracting(h -> h.title()).contains(SEED);
    }

    @Test
    void aTopicListsItsItemsOnlyAndAdvertisesItsFeed() {
        var other = publish(draft("Accelerators only " + UUID.randomUUID(), Set.of("accelerators")));
        var technoparks = anonymous.get("/news/topics/technoparks");
        assertThat(technoparks.status()).isEqualTo(200);
        assertThat(technoparks.body()).contains(SEED).doesNotContain(other.title())
                .contains(FEED_LINK + "/news/topics/technoparks/feed.atom\"");
        assertThat(anonymous.get("/news/topics/accelerators").body()).contains(other.title());
        assertThat(anonymous.get("/news/topics/no-such-topic").status()).isEqualTo(404);
        assertThat(anonymous.get("/news/no-such-item").status()).isEqualTo(404);
    }

    @Test
    void theFeedsAreValidAtomWithTheItemsOfTheirTopic() throws Exception {
        var other = publish(draft("Feed test " + UUID.randomUUID(), Set.of("accelerators")));

        var whole = feed("/news/feed.atom");
        assertThat(whole.getFeedType()).isEqualTo("atom_1.0");
        assertThat(whole.getTitle()).isEqualTo("Liaison news");
        var seed = entry(whole, SEED);
        assertThat(seed.getLink()).isEqualTo("http://localhost:" + port + SEED_PATH);
        assertThat(seed.getPublishedDate().toInstant()).isEqualTo(Instant.parse("2012-05-03T05:00:00Z"));
        assertThat(seed.getCategories()).extracting(c -> c.getName()).contains("technoparks", "international", "regions-and-cities");
        assertThat(seed.getContents().getFirst().getValue()).contains("Keidanren").doesNotContain("<script");
        assertThat(seed.getAuthors()).extracting(a -> a.getName()).containsExactly("The Skolkovo Foundation");
        assertThat(whole.getEntries()).extracting(SyndEntry::getTitle).contains(other.title());

        var technoparks = feed("/news/topics/technoparks/feed.atom");
        assertThat(technoparks.getTitle()).isEqualTo("Liaison news: Technoparks");
        assertThat(technoparks.getEntries()).extracting(SyndEntry::getTitle).contains(SEED).doesNotContain(other.title());
        assertThat(feed("/news/topics/accelerators/feed.atom").getEntries()).extracting(SyndEntry::getTitle)
                .contains(other.title(), SEED);
        assertThat(anonymous.get("/news/topics/no-such-topic/feed.atom").status()).isEqualTo(404);
    }

    @Test
    void draftsAndWithdrawnItemsStayOffThePublicPagesFeedsAndSitemap() throws Exception {
        var draft = ViewerContext.call(Viewer.system("test"), () -> news.create(draft("Draft " + UUID.randomUUID(), Set.of("news"))));
        assertThat(anonymous.get(draft.path()).status()).isEqualTo(404);
        assertThat(anonymous.get("/news").body()).doesNotContain(draft.title());

        var published = publish(draft("Withdrawn later " + UUID.randomUUID(), Set.of("news")));
        assertThat(anonymous.get(published.path()).status()).isEqualTo(200);
        assertThat(anonymous.get("/sitemap.xml").body()).contains(published.path());
        ViewerContext.run(Viewer.system("test"), () -> news.withdraw(published.id(), null));
        assertThat(anonymous.get(published.path()).status()).isEqualTo(404);
        assertThat(feed("/news/feed.atom").getEntries()).extracting(SyndEntry::getTitle).doesNotContain(published.title(), draft.title());
        assertThat(anonymous.get("/sitemap.xml").body()).doesNotContain(published.path()).doesNotContain(draft.path());
    }

    @Test
    void theSitemapListsTheNewsTopicsAndItems() {
        var sitemap = anonymous.get("/sitemap.xml");
        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.header("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(sitemap.body()).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<loc>http://localhost:" + port + "/news</loc>")
                .contains("<loc>http://localhost:" + port + "/news/topics/technoparks</loc>")
                .contains("<loc>http://localhost:" + port + SEED_PATH + "</loc><lastmod>2012-05-03</lastmod>");
    }

    @Test
    void theJobPublishesAScheduledItemWhenItsTimeHasCome() {
        var item = ViewerContext.call(Viewer.system("test"), () -> news.create(draft("Scheduled " + UUID.randomUUID(), Set.of("news"))));
        var at = Instant.now(clock).plusSeconds(2);
        ViewerContext.run(Viewer.system("test"), () -> news.schedule(item.id(), item.version(), at));
        publication.publishDue();
        assertThat(status(item.id())).isEqualTo(NewsStatus.SCHEDULED);
        assertThat(anonymous.get(item.path()).status()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            publication.publishDue();
            return status(item.id()) == NewsStatus.PUBLISHED;
        });
        var published = ViewerContext.call(Viewer.system("test"), () -> news.item(item.id()));
        assertThat(published.publishedAt()).isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(anonymous.get(item.path()).status()).isEqualTo(200);
        assertThat(anonymous.get("/news").body()).contains(item.title());
    }

    @Test
    void everyPublicationWritesThePublicPagesToDisk() {
        var item = publish(draft("Snapshot " + UUID.randomUUID(), Set.of("international")));
        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots.get(item.path()).isPresent()
                && text(snapshots.get("/news").orElseThrow()).contains(item.title()));
        var page = snapshots.get(item.path()).orElseThrow();
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(text(page)).contains("<h1>" + item.title() + "</h1>");
        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots.get("/news/topics/international/feed.atom")
                .map(s -> text(s).contains(item.title())).orElse(false));
        assertThat(snapshots.get("/news/topics/international/feed.atom").orElseThrow().contentType()).startsWith("application/atom+xml");
        assertThat(snapshots.get("/sitemap.xml")).isPresent();
        assertThat(snapshots.get("/../../etc/passwd")).isEmpty();
        assertThat(snapshots.get("/news/no-such-item")).isEmpty();
    }

    @Test
    void theOrganizationPageShowsItsNewsToSignedInUsers() {
        var user = users.create(NewUser.staff("news-reader-" + UUID.randomUUID().toString().substring(0, 8), "News reader",
                "news-reader-password-2012", Role.COOPERATION_MANAGER));
        var hitachi = ViewerContext.call(Viewer.system("test"), () -> directory.organizationNamed("Hitachi")).orElseThrow();
        var client = new PageClient(port).signIn(user.username(), "news-reader-password-2012");
        var page = client.get("/directory/organizations/" + hitachi.value());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(SEED).contains(SEED_PATH);
        assertThat(client.get("/news").header("Cache-Control")).hasValue("private, no-cache");
        // Signed in, the item links its organizations to their directory pages.
        assertThat(client.get(SEED_PATH).body()).contains("/directory/organizations/" + hitachi.value());
    }

    @Test
    void aFollowerOfACountrySeesWhatIsNewAboutIt() {
        var user = users.create(NewUser.staff("news-follower-" + UUID.randomUUID().toString().substring(0, 8), "Follower",
                "news-follower-password-2012", Role.COOPERATION_MANAGER));
        var client = new PageClient(port).signIn(user.username(), "news-follower-password-2012");
        assertThat(client.get("/whats-new").body()).contains("Follow topics, organizations or countries");
        var followed = client.post("/following", List.of(new String[] {"kind", "COUNTRY"}, new String[] {"target", "jp"}));
        assertThat(followed.status()).isEqualTo(302);
        assertThat(client.get("/following").body()).contains("Japan");
        var page = client.get("/whats-new");
        assertThat(page.body()).contains(SEED).contains("Keidanren").doesNotContain("Lenovo");
    }

    @Test
    void aFollowerOfChinaSeesTheSignedMemorandumWithALinkToIt() {
        var user = users.create(NewUser.staff("news-china-" + UUID.randomUUID().toString().substring(0, 8), "Follower",
                "news-follower-password-2012", Role.COOPERATION_MANAGER));
        var client = new PageClient(port).signIn(user.username(), "news-follower-password-2012");
        client.post("/following", List.of(new String[] {"kind", "COUNTRY"}, new String[] {"target", "cn"}));
        // The demo's signing reaches "what is new" through an event after its commit: wait for it.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(client.get("/whats-new").body())
                        .contains("Memorandum of understanding between the Skolkovo Foundation and the Torch technopark")
                        .contains("/agreements/"));
    }

    // Helpers

    NewsDraft draft(String title, Set<String> topicSlugs) {
        var topics = news.topics().stream().filter(t -> topicSlugs.contains(t.slug())).map(t -> t.id()).collect(java.util.stream.Collectors.toSet());
        return new NewsDraft(title, "Summary of " + title, "<p>Text of " + title + "</p><script>alert(1)</script>", "en",
                "Test source", null, topics, List.of(), Set.of(), Set.of());
    }

    NewsView publish(NewsDraft draft) {
        return ViewerContext.call(Viewer.system("test"), () -> {
            var created = news.create(draft);
            news.publish(created.id(), null);
            return news.item(created.id());
        });
    }

    NewsStatus status(UUID id) {
        return ViewerContext.call(Viewer.system("test"), () -> news.item(id).status());
    }

    SyndFeed feed(String path) throws Exception {
        var page = anonymous.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        return new SyndFeedInput().build(new StringReader(page.body()));
    }

    static SyndEntry entry(SyndFeed feed, String title) {
        return feed.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
    }

    static String text(PublicSnapshots.Snapshot snapshot) {
        return new String(snapshot.content(), StandardCharsets.UTF_8);
    }
}
