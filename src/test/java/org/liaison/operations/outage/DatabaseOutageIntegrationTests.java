package org.liaison.operations.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.news.PublicSnapshots;
import org.liaison.news.internal.NewsDraft;
import org.liaison.news.internal.NewsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a running instance and comes back: the application runs on an H2
 * TCP server this test starts, stops and starts again. Meanwhile the public news pages and the Atom
 * feed come from their snapshots with the banner, other pages answer a 503 page in the visitor's
 * language, the API a 503 problem detail with Retry-After, and readiness is DOWN; afterwards
 * everything answers from the database again without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// not tagged "persistence": it stops an H2 TCP server under the application, so it runs on H2 only
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIntegrationTests {

    static final String TOKEN = "lia_outage-test-token-0123456789abcdef";
    static Path folder;
    static int databasePort;
    static Server database;

    @LocalServerPort
    int port;
    @Autowired
    NewsService news;
    @Autowired
    PublicSnapshots snapshots;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Server startDatabase() throws Exception {
        return Server.createTcpServer("-tcpPort", String.valueOf(databasePort), "-ifNotExists", "-baseDir", folder.toString())
                .start();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        folder = Files.createTempDirectory("liaison-outage");
        try (var socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        database = startDatabase();
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://localhost:" + databasePort + "/outage");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
        registry.add("spring.datasource.hikari.validation-timeout", () -> "500");
        registry.add("liaison.data-dir", () -> folder.resolve("data").toString());
        registry.add("liaison.access.admin-token", () -> TOKEN);
        registry.add("liaison.operations.db-probe-interval", () -> "PT0.5S");
        registry.add("liaison.operations.db-probe-deadline", () -> "PT1S");
    }

    @AfterAll
    void stopDatabase() {
        database.stop();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> api(String path) throws Exception {
        return get(path, "Authorization", "Bearer " + TOKEN, "Accept", "application/json");
    }

    @Test
    void publicNewsStaysUpOtherPagesAndTheApiSay503AndEverythingRecoversByItself() throws Exception {
        String title = "Outage test: Skolkovo and Tsinghua meet again";
        ViewerContext.call(Viewer.system("outage-test"), () -> {
            var item = news.create(new NewsDraft(title, null, "<p>Сколково и 清华 встретились снова.</p>", "en", null, null,
                    Set.of(), List.of(), Set.of(), Set.of()));
            return news.publish(item.id(), item.version());
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots.get("/news")
                .map(s -> new String(s.content(), java.nio.charset.StandardCharsets.UTF_8).contains(title)).orElse(false));
        assertThat(api("/api/v1/organizations").statusCode()).isEqualTo(200);
        assertThat(get("/news").headers().firstValue(OutageFilter.SNAPSHOT_HEADER)).isEmpty();

        database.stop();

        await().atMost(Duration.ofSeconds(30)).until(() -> api("/api/v1/organizations").statusCode() == 503);
        var problem = api("/api/v1/organizations");
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(problem.headers().firstValue("Retry-After")).contains(OutageFilter.RETRY_AFTER_SECONDS);
        assertThat(problem.body()).contains("\"code\":\"database-unavailable\"", "\"status\":503");

        var page = get("/news", "Accept-Language", "en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue(OutageFilter.SNAPSHOT_HEADER)).isPresent();
        assertThat(page.body()).contains(title, "outage-banner", "last saved copy");
        var feed = get("/news/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("<feed", title).doesNotContain("outage-banner");

        var signedInPage = get("/directory", "Accept-Language", "en");
        assertThat(signedInPage.statusCode()).isEqualTo(503);
        assertThat(signedInPage.headers().firstValue("Retry-After")).contains(OutageFilter.RETRY_AFTER_SECONDS);
        assertThat(signedInPage.body()).contains("Temporarily unavailable", "id=\"outage\"");
        assertThat(get("/agreements", "Accept-Language", "ru").body()).contains("Временно недоступно");
        assertThat(get("/agreements", "Accept-Language", "ja").body()).contains("一時的に利用できません");
        assertThat(get("/agreements", "Accept-Language", "zh").body()).contains("暂时无法使用");

        var readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        database = startDatabase();

        await().atMost(Duration.ofSeconds(60)).until(() -> api("/api/v1/organizations").statusCode() == 200);
        var live = get("/news");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.headers().firstValue(OutageFilter.SNAPSHOT_HEADER)).isEmpty();
        assertThat(live.body()).contains(title).doesNotContain("outage-banner");
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health/readiness").statusCode() == 200);
    }
}
