package org.liaison.news.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.liaison.news.NewsPublished;
import org.liaison.news.NewsWithdrawn;
import org.liaison.news.PublicSnapshots;
import org.liaison.shared.LiaisonSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the public news pages to {@code ${liaison.data-dir}/public-cache/} after every
 * publication and withdrawal, exactly as an anonymous visitor gets them (it asks the running
 * server itself, in English), and reads them back for {@link PublicSnapshots}. A page {@code /news}
 * is stored as {@code news/index.html}, {@code /news/feed.atom} as {@code news/feed.atom}, with the
 * media type beside it. Files are replaced atomically, so a reader never sees half a page.
 */
@Component
class PublicCache implements PublicSnapshots {

    private static final Logger log = LoggerFactory.getLogger(PublicCache.class);
    static final String INDEX = "index.html";

    private final Path root;
    private final NewsService news;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile int port = -1;

    PublicCache(LiaisonSettings settings, NewsService news) {
        this.root = settings.dataDir().resolve("public-cache").toAbsolutePath().normalize();
        this.news = news;
    }

    @EventListener
    void on(WebServerInitializedEvent started) {
        if ("server".equals(started.getApplicationContext().getServerNamespace())
                || started.getApplicationContext().getServerNamespace() == null) {
            this.port = started.getWebServer().getPort();
        }
    }

    @ApplicationModuleListener
    void on(NewsPublished published) {
        refresh();
    }

    @ApplicationModuleListener
    void on(NewsWithdrawn withdrawn) {
        try {
            Files.deleteIfExists(file("/news/" + withdrawn.slug()).orElseThrow());
            Files.deleteIfExists(typeFile(file("/news/" + withdrawn.slug()).orElseThrow()));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove the public snapshot of {}: {}", withdrawn.slug(), e.getMessage());
        }
        refresh();
    }

    /** Renders every public page again; returns how many were written (0 without a running server). */
    public int refresh() {
        if (port <= 0) {
            log.debug("No web server: public snapshots not written");
            return 0;
        }
        var paths = new ArrayList<>(List.of("/news", "/news/feed.atom", "/sitemap.xml"));
        news.topics().forEach(t -> {
            paths.add("/news/topics/" + t.slug());
            paths.add("/news/topics/" + t.slug() + "/feed.atom");
        });
        news.latest(1000).forEach(h -> paths.add(h.path()));
        int written = 0;
        for (String path : paths) {
            if (write(path)) {
                written++;
            }
        }
        return written;
    }

    private boolean write(String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept-Language", "en").timeout(Duration.ofSeconds(30)).GET().build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                log.warn("Public snapshot of {}: the server answered {}", path, response.statusCode());
                return false;
            }
            var target = file(path).orElseThrow();
            Files.createDirectories(target.getParent());
            replace(target, response.body());
            replace(typeFile(target), response.headers().firstValue("Content-Type").orElse("text/html;charset=UTF-8")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            log.warn("Public snapshot of {} not written: {}", path, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void replace(Path target, byte[] content) throws IOException {
        var temporary = Files.createTempFile(target.getParent(), ".snapshot", ".tmp");
        Files.write(temporary, content);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public Optional<Snapshot> get(String path) {
        var file = file(path);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            var type = Files.isRegularFile(typeFile(file.get()))
                    ? Files.readString(typeFile(file.get())).strip() : "text/html;charset=UTF-8";
            return Optional.of(new Snapshot(Files.readAllBytes(file.get()), type,
                    Files.getLastModifiedTime(file.get()).toInstant()));
        } catch (IOException e) {
            log.warn("Public snapshot of {} unreadable: {}", path, e.getMessage());
            return Optional.empty();
        }
    }

    /** The file of a request path, or empty when the path would leave the cache folder. */
    Optional<Path> file(String path) {
        String clean = path.split("[?#]", 2)[0];
        if (!clean.startsWith("/") || clean.contains("..") || clean.contains("\\") || clean.contains("\0")) {
            return Optional.empty();
        }
        String relative = clean.substring(1);
        String last = relative.substring(relative.lastIndexOf('/') + 1);
        if (relative.isEmpty() || !last.contains(".")) {
            relative = relative.isEmpty() ? INDEX : relative.replaceAll("/+$", "") + "/" + INDEX;
        }
        var resolved = root.resolve(relative).normalize();
        return resolved.startsWith(root) ? Optional.of(resolved) : Optional.empty();
    }

    private static Path typeFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".type");
    }

}
