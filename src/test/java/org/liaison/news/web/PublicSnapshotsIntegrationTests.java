package org.liaison.news.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.news.PublicSnapshots;
import org.liaison.news.internal.NewsDraft;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.NewsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The on-disk snapshots of the public news, one test per interface language: every publication
 * writes the list, the item, the topic pages and the feeds in English, Russian, Chinese and
 * Japanese, and a request is answered in the language the live pages would use (?lang=, the
 * language cookie, Accept-Language, English).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("persistence")
class PublicSnapshotsIntegrationTests {

    @Autowired
    NewsService news;
    @Autowired
    PublicSnapshots snapshots;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | News    | Technoparks | Liaison news
            ru | Новости | Технопарки  | Новости Liaison
            zh | 新闻    | 科技园      | Liaison 新闻
            ja | ニュース | テクノパーク | Liaison ニュース
            """)
    void everyPublicationIsWrittenInTheLanguage(String tag, String heading, String technoparks, String feedTitle) {
        var language = Locale.forLanguageTag(tag);
        var item = publish("Snapshot " + tag + " " + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(90)).until(() -> snapshots.get(item.path(), language).isPresent()
                && snapshots.get("/news", language).map(s -> text(s).contains(item.title())).orElse(false));

        var list = text(snapshots.get("/news", language).orElseThrow());
        assertThat(list).contains("lang=\"" + tag + "\"").contains(heading).contains(technoparks).contains(item.title());
        var page = snapshots.get(item.path(), language).orElseThrow();
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(text(page)).contains("lang=\"" + tag + "\"").contains("<h1>" + item.title() + "</h1>").doesNotContain("<script>alert");
        await().atMost(Duration.ofSeconds(90)).until(() -> snapshots.get("/news/topics/technoparks/feed.atom", language)
                .map(s -> text(s).contains(item.title())).orElse(false));
        var feed = snapshots.get("/news/feed.atom", language).orElseThrow();
        assertThat(feed.contentType()).startsWith("application/atom+xml");
        assertThat(text(feed)).contains(feedTitle);
        assertThat(text(snapshots.get("/news/topics/technoparks", language).orElseThrow())).contains(technoparks);
        assertThat(snapshots.get("/sitemap.xml", language)).isPresent();
        assertThat(snapshots.get("/../../etc/passwd", language)).isEmpty();
        assertThat(snapshots.get("/news/no-such-item", language)).isEmpty();
    }

    @Test
    void aRequestGetsTheLanguageTheLivePagesWouldAnswerIn() {
        var item = publish("Snapshot languages " + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(90)).until(() -> snapshots.get(item.path(), Locale.JAPANESE).isPresent());

        var browser = request("GET", "ja-JP,ja;q=0.9,en;q=0.5");
        assertThat(snapshots.language(browser)).isEqualTo(Locale.JAPANESE);
        assertThat(text(snapshots.get("/news", browser).orElseThrow())).contains("lang=\"ja\"").contains("テクノパーク");

        var cookie = request("GET", "ja");
        cookie.setCookies(new Cookie("liaison-lang", "ru"));
        assertThat(snapshots.language(cookie)).isEqualTo(Locale.forLanguageTag("ru"));
        cookie.setParameter("lang", "zh");
        assertThat(snapshots.language(cookie)).isEqualTo(Locale.forLanguageTag("zh"));
        assertThat(text(snapshots.get("/news", cookie).orElseThrow())).contains("lang=\"zh\"");

        var unsupported = request("GET", "fr-FR,de;q=0.8");
        unsupported.setParameter("lang", "fr");
        assertThat(snapshots.language(unsupported)).isEqualTo(Locale.ENGLISH);
        var posted = request("POST", "ja");
        posted.setParameter("lang", "zh"); // only links switch the language, as on the live pages
        assertThat(snapshots.language(posted)).isEqualTo(Locale.JAPANESE);

        // without a request being served, English
        assertThat(text(snapshots.get("/news").orElseThrow())).contains("lang=\"en\"");
    }

    static MockHttpServletRequest request(String method, String acceptLanguage) {
        var request = new MockHttpServletRequest(method, "/news");
        request.addHeader("Accept-Language", acceptLanguage);
        return request;
    }

    NewsView publish(String title) {
        return ViewerContext.call(Viewer.system("test"), () -> {
            var technoparks = news.topic("technoparks").id();
            var created = news.create(new NewsDraft(title, "Summary of " + title, "<p>Text of " + title + "</p><script>alert(1)</script>",
                    "en", "Test source", null, Set.of(technoparks), List.of(), Set.of(), Set.of()));
            news.publish(created.id(), null);
            return news.item(created.id());
        });
    }

    static String text(PublicSnapshots.Snapshot snapshot) {
        return new String(snapshot.content(), StandardCharsets.UTF_8);
    }
}
