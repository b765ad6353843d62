package org.liaison.news.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.news.internal.NewsDraft;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.Subscription;
import org.liaison.news.internal.TopicView;
import org.liaison.news.internal.WhatIsNew;
import org.liaison.shared.NotFoundException;
import org.liaison.support.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The topics page of the newsroom, signed in for real: editors add topics, rename them in the four
 * languages, reorder them and retire one into another (items, drafts and followers move; the seed
 * topics stay); bad input and stale edits come back readable with 422 and 409; the committee
 * reads only, partners not at all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("persistence")
class TopicsPageIntegrationTests {

    static final String PASSWORD = "topics-page-password-2012";

    @LocalServerPort
    int port;
    @Autowired
    NewsService news;
    @Autowired
    WhatIsNew whatIsNew;
    @Autowired
    UserAccounts users;

    PageClient editor;

    @BeforeEach
    void signIn() {
        editor = client(NewUser.staff(username("editor"), "Topics editor", PASSWORD, Role.COOPERATION_MANAGER));
    }

    @Test
    void listsTheSeedTopicsAndAddsANewOneInFourLanguages() {
        var page = editor.get("/newsroom/topics");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"topic-technoparks\"").contains("Seed topic").contains("Технопарки")
                .contains("科技园").contains("テクノパーク").contains("id=\"topic-regions-and-cities\"")
                .doesNotContain("id=\"retire-technoparks\"");
        assertThat(editor.get("/newsroom").body()).contains("href=\"/newsroom/topics\"");

        var slug = slug("science-parks");
        var added = editor.post("/newsroom/topics", form("slug", slug, "en", "Science parks", "ru", "Научные парки",
                "zh", "科学园", "ja", "サイエンスパーク"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).isEqualTo("/newsroom/topics");
        var shown = editor.get("/newsroom/topics");
        assertThat(shown.body()).contains("The topic is added.").contains("id=\"topic-" + slug + "\"").contains("サイエンスパーク")
                .contains("id=\"retire-" + slug + "\"");
        assertThat(topic(slug).names().ru()).isEqualTo("Научные парки");

        var taken = editor.post("/newsroom/topics", form("slug", slug, "en", "Again", "ru", "Снова", "zh", "再次", "ja", "再び"));
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.body()).contains("Another topic has this address.").contains("value=\"Снова\"");
        var noName = editor.post("/newsroom/topics", form("en", "Only English", "ru", " ", "zh", "中文", "ja", "日本語"),
                "Accept-Language", "ru");
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.body()).contains("role=\"alert\"").contains("lang=\"ru\"");
        assertThatThrownBy(() -> topic("only-english")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void renamesAndRefusesAStaleRenameWith409() {
        var slug = slug("rename");
        var topic = create(slug, "Rename me");
        var renamed = editor.post("/newsroom/topics/" + topic.id(), form("version", String.valueOf(topic.version()),
                "en", "Renamed", "ru", "Переименовано", "zh", "已改名", "ja", "改名済み"));
        assertThat(renamed.status()).isEqualTo(302);
        assertThat(topic(slug).names()).extracting(n -> n.en(), n -> n.ja()).containsExactly("Renamed", "改名済み");

        var stale = editor.post("/newsroom/topics/" + topic.id(), form("version", String.valueOf(topic.version()),
                "en", "Lost", "ru", "Потеряно", "zh", "丢失", "ja", "消失"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this topic after you opened the page").contains("Renamed");
        assertThat(topic(slug).names().en()).isEqualTo("Renamed");
    }

    @Test
    void reordersTopicsOnePlaceAtATime() {
        var first = create(slug("first"), "First");
        var second = create(slug("second"), "Second");
        assertThat(indexOf(second)).isEqualTo(indexOf(first) + 1);
        var moved = editor.post("/newsroom/topics/" + second.id() + "/move",
                form("version", String.valueOf(second.version()), "direction", "up"));
        assertThat(moved.status()).isEqualTo(302);
        assertThat(indexOf(second)).isEqualTo(indexOf(first) - 1);
        var public_ = new PageClient(port).get("/news").body();
        assertThat(public_.indexOf("/news/topics/" + second.slug() + "\"")).isLessThan(public_.indexOf("/news/topics/" + first.slug() + "\""));

        var stale = editor.post("/newsroom/topics/" + second.id() + "/move",
                form("version", String.valueOf(second.version()), "direction", "down"));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void retiringATopicMovesItsItemsAndFollowersAndTheSeedTopicsStay() {
        var retired = create(slug("retired"), "Retired");
        var survivor = create(slug("survivor"), "Survivor");
        var published = ViewerContext.call(Viewer.system("test"), () -> {
            var made = news.create(draft("Retire test published " + UUID.randomUUID(), retired.id()));
            news.publish(made.id(), null);
            return news.item(made.id());
        });
        var draft = ViewerContext.call(Viewer.system("test"), () -> news.create(draft("Retire test draft " + UUID.randomUUID(), retired.id())));
        var follower = users.create(NewUser.staff(username("follower"), "Topic follower", PASSWORD, Role.COMMITTEE_MEMBER));
        ViewerContext.call(users.viewerOf(follower.id()), () -> whatIsNew.follow(Subscription.Kind.TOPIC, retired.slug()));
        assertThat(new PageClient(port).get("/news/topics/" + retired.slug()).body()).contains(published.title());

        var seed = topic("technoparks");
        var refused = editor.post("/newsroom/topics/" + seed.id() + "/retire",
                form("version", String.valueOf(seed.version()), "into", survivor.id().toString()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("The seed topics stay: they cannot be retired.");
        var intoItself = editor.post("/newsroom/topics/" + retired.id() + "/retire",
                form("version", String.valueOf(retired.version()), "into", retired.id().toString()));
        assertThat(intoItself.status()).isEqualTo(422);
        assertThat(intoItself.body()).contains("Choose another existing topic");

        var done = editor.post("/newsroom/topics/" + retired.id() + "/retire",
                form("version", String.valueOf(retired.version()), "into", survivor.id().toString()));
        assertThat(done.status()).isEqualTo(302);
        assertThatThrownBy(() -> topic(retired.slug())).isInstanceOf(NotFoundException.class);
        assertThat(topic("technoparks")).isNotNull();
        ViewerContext.run(Viewer.system("test"), () -> {
            assertThat(news.item(published.id()).topics()).extracting(TopicView::slug).containsExactly(survivor.slug());
            assertThat(news.item(draft.id()).topics()).extracting(TopicView::slug).containsExactly(survivor.slug());
        });
        var anonymous = new PageClient(port);
        assertThat(anonymous.get("/news/topics/" + retired.slug()).status()).isEqualTo(404);
        assertThat(anonymous.get("/news/topics/" + survivor.slug()).body()).contains(published.title());
        var followed = ViewerContext.call(users.viewerOf(follower.id()), () -> whatIsNew.mine());
        assertThat(followed).extracting(Subscription::getTarget).containsExactly(survivor.slug());
        var whatsNew = ViewerContext.call(users.viewerOf(follower.id()), () -> whatIsNew.forMe(10));
        assertThat(whatsNew).extracting(u -> u.title()).contains(published.title());
    }

    @Test
    void theCommitteeReadsOnlyAndPartnersNotAtAll() {
        var committee = client(NewUser.staff(username("committee"), "Topics committee", PASSWORD, Role.COMMITTEE_MEMBER));
        var page = committee.get("/newsroom/topics");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("テクノパーク").doesNotContain("id=\"topic-form\"").doesNotContain("id=\"save-technoparks\"");
        var technoparks = topic("technoparks");
        assertThat(committee.post("/newsroom/topics/" + technoparks.id(), form("version", String.valueOf(technoparks.version()),
                "en", "Hijacked", "ru", "x", "zh", "x", "ja", "x")).status()).isEqualTo(403);
        assertThat(topic("technoparks").names().en()).isEqualTo("Technoparks");
        assertThat(new PageClient(port).get("/newsroom/topics").status()).isEqualTo(302);
    }

    // Helpers

    TopicView create(String slug, String name) {
        return ViewerContext.call(Viewer.system("test"), () -> news.createTopic(slug,
                new org.liaison.news.internal.TopicNames(name, name + " (ru)", name + " (zh)", name + " (ja)"), null));
    }

    TopicView topic(String slug) {
        return ViewerContext.call(Viewer.system("test"), () -> news.topic(slug));
    }

    int indexOf(TopicView topic) {
        return ViewerContext.call(Viewer.system("test"), () -> news.topics()).stream().map(TopicView::id).toList().indexOf(topic.id());
    }

    static NewsDraft draft(String title, UUID topic) {
        return new NewsDraft(title, null, "<p>Text of " + title + "</p>", "en", null, null, Set.of(topic), List.of(), Set.of(), Set.of());
    }

    PageClient client(NewUser user) {
        users.create(user);
        return new PageClient(port).signIn(user.username(), PASSWORD);
    }

    static List<String[]> form(String... pairs) {
        var fields = new java.util.ArrayList<String[]>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            fields.add(new String[] { pairs[i], pairs[i + 1] });
        }
        return fields;
    }

    static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String username(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
