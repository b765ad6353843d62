package org.liaison.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.access.ViewerContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Feeds polled with conditional GETs against a real HTTP server started by the test: new entries
 * become documents once, an unchanged feed (304) adds nothing, a changed one adds only what is new.
 */
@Tag("persistence")
@SpringBootTest(properties = "liaison.ingest.allow-private-addresses=true")
class FeedPollingIntegrationTests {

    @Autowired
    FeedService feeds;
    @Autowired
    IngestService ingest;
    @Autowired
    UserAccounts users;

    HttpServer server;
    volatile String body;
    volatile String etag;
    final List<String> conditions = new CopyOnWriteArrayList<>();
    UUID manager;

    @BeforeEach
    void start() throws IOException {
        manager = users.createIfAbsent(NewUser.staff("feed-manager", "Feed manager", "feed-manager-2012-05-03",
                Role.COOPERATION_MANAGER)).id();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/news.atom", exchange -> {
            var ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            conditions.add(ifNoneMatch == null ? "-" : ifNoneMatch);
            if (etag.equals(ifNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.sendResponseHeaders(200, bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    <T> T asManager(Supplier<T> work) {
        return ViewerContext.call(users.viewerOf(manager), work);
    }

    static String atom(String... entries) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Partner news</title><id>urn:uuid:feed-test</id><updated>2023-03-15T10:00:00Z</updated>
                """ + String.join("\n", entries) + "\n</feed>\n";
    }

    static String entry(String id, String title, String html) {
        return """
                <entry><id>%s</id><title>%s</title><updated>2023-03-15T10:00:00Z</updated>
                  <published>2023-03-15T09:00:00Z</published><link href="https://example.org/%s"/>
                  <content type="html">%s</content></entry>
                """.formatted(id, title, id.replace(":", "-"), html.replace("<", "&lt;").replace(">", "&gt;"));
    }

    @Test
    void pollsWithConditionalGetsAndTakesEachEntryInOnce() {
        var nordvik = entry("urn:test:nordvik-" + UUID.randomUUID(), "Nordvik and Baltic sign memorandum",
                "<p>Nordvik Science Park signed a memorandum of understanding with the Baltic Robotics Institute on Monday.</p>");
        var kestrel = entry("urn:test:kestrel-" + UUID.randomUUID(), "Kestrel opens a seed fund",
                "<p>Kestrel Innovation Hub, the largest startup campus in Kenya, launched the Kestrel Seed Fund.</p>");
        body = atom(nordvik, kestrel);
        etag = "\"v1\"";
        var url = "http://127.0.0.1:" + server.getAddress().getPort() + "/news.atom";

        var feed = asManager(() -> feeds.subscribe(url));
        var first = asManager(() -> feeds.poll(feed.id()));
        assertThat(first).isEqualTo(new FeedService.PollResult(200, 2));
        assertThat(asManager(() -> ingest.documents(0, 50)).getContent())
                .extracting(IngestService.DocumentSummary::title)
                .contains("Nordvik and Baltic sign memorandum", "Kestrel opens a seed fund");

        var unchanged = asManager(() -> feeds.poll(feed.id()));
        assertThat(unchanged).isEqualTo(new FeedService.PollResult(304, 0));
        assertThat(conditions).containsExactly("-", "\"v1\"");

        var aurora = entry("urn:test:aurora-" + UUID.randomUUID(), "Aurora sends a delegation to Lisbon",
                "<p>A delegation of Aurora Technology Park from Brazil visited Lisbon last week.</p>");
        body = atom(aurora, nordvik, kestrel);
        etag = "\"v2\"";
        ViewerContext.run(users.viewerOf(manager), feeds::pollAll);
        assertThat(conditions).containsExactly("-", "\"v1\"", "\"v1\"");
        assertThat(asManager(() -> ingest.documents(0, 50)).getContent())
                .extracting(IngestService.DocumentSummary::title)
                .containsOnlyOnce("Aurora sends a delegation to Lisbon", "Nordvik and Baltic sign memorandum",
                        "Kestrel opens a seed fund");
        var document = asManager(() -> ingest.documents(0, 50)).getContent().stream()
                .filter(d -> d.title().equals("Nordvik and Baltic sign memorandum")).findFirst().orElseThrow();
        assertThat(document.source()).isEqualTo(IngestDocument.Source.FEED);
        assertThat(document.publishedOn()).hasToString("2023-03-15");
        var facts = asManager(() -> ingest.document(document.id())).facts();
        assertThat(facts).anySatisfy(f -> assertThat(f.label()).startsWith("MoU, signed: Nordvik Science Park"));
    }
}
