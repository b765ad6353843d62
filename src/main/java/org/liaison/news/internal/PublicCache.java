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
import java.util.Locale;
import java.util.Optional;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;

import org.liaison.news.NewsPublished;
import org.liaison.news.NewsWithdrawn;
import org.liaison.news.PublicSnapshots;
import org.liaison.shared.LiaisonSettings;
import org.liaison.shared.web.UiLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes the public news pages to {@code ${liaison.data-dir}/public-cache/} after every
 * publication and withdrawal, exactly as an anonymous visitor gets them (it asks the running
 * server itself, once in each of the four languages), and reads them back for
 * {@link PublicSnapshots}, choosing the language with the application's own {@link LocaleResolver}.
 * A page {@code /news} in Russian is stored as {@code ru/news/index.html}, {@code /news/feed.atom}
 * as {@code ru/news/feed.atom}, with the media type beside it. Files are replaced atomically, so a
 * reader never sees half a page.
 */
@Component
class PublicCache implements PublicSnapshots {

    private static final Logger log = LoggerFactory.getLogger(PublicCache.class);
    static final String INDEX = "index.html";

    private final Path root;
    private final NewsService news;
    private final LocaleResolver locales;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile int port = -1;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "public-snapshots");
        thread.setDaemon(true);
        return thread;
    });

    PublicCache(LiaisonSettings settings, NewsService news, LocaleResolver locales) {
        this.root = settings.dataDir().resolve("public-cache").toAbsolutePath().normalize();
        this.news = news;
        this.locales = locales;
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
        refreshLater();
    }

    @ApplicationModuleListener
    void on(NewsWithdrawn withdrawn) {
        try {
            for (var language : UiLanguages.SUPPORTED) {
                var page = file("/news/" + withdrawn.slug(), language).orElseThrow();
                Files.deleteIfExists(page);
                Files.deleteIfExists(typeFile(page));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove the public snapshot of {}: {}", withdrawn.slug(), e.getMessage());
        }
        refreshLater();
    }

    @ApplicationModuleListener
    void on(TopicsChanged changed) {
        if (changed.retiredSlug() != null) {
            for (var language : UiLanguages.SUPPORTED) {
                for (var path : List.of("/news/topics/" + changed.retiredSlug(), "/news/topics/" + changed.retiredSlug() + "/feed.atom")) {
                    file(path, language).ifPresent(page -> {
                        try {
                            Files.deleteIfExists(page);
                            Files.deleteIfExists(typeFile(page));
                        } catch (IOException e) {
                            log.warn("Could not remove the public snapshot of {}: {}", path, e.getMessage());
                        }
                    });
                }
            }
        }
        refreshLater();
    }

    /**
     * Asks for a refresh on the single snapshot thread and returns at once, so the listener's
     * transaction (and its database connection) is not held while the server is asked for every
     * page in four languages, each answer needing a connection of its own. Requests that arrive
     * while one is waiting are served by it; one arriving during a refresh queues one more.
     */
    void refreshLater() {
        if (pending.compareAndSet(false, true)) {
            writer.execute(() -> {
                pending.set(false);
                try {
                    refresh();
                } catch (RuntimeException e) {
                    log.warn("Public snapshots not refreshed: {}", e.getMessage());
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        writer.shutdownNow();
    }

    /** Renders every public page again in the four languages; returns how many files were written (0 without a running server). */
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
        for (var language : UiLanguages.SUPPORTED) {
            for (String path : paths) {
                if (write(path, language)) {
                    written++;
                }
            }
        }
        return written;
    }

    private boolean write(String path, Locale language) {
        try {
            // no cookie: Accept-Language alone decides, as for a first-time visitor with that browser language
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept-Language", language.toLanguageTag()).timeout(Duration.ofSeconds(30)).GET().build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                log.warn("Public snapshot of {}: the server answered {}", path, response.statusCode());
                return false;
            }
            var target = file(path, language).orElseThrow();
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
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            return get(path, current.getRequest());
        }
        return get(path, UiLanguages.DEFAULT);
    }

    @Override
    public Optional<Snapshot> get(String path, HttpServletRequest request) {
        return get(path, language(request));
    }

    @Override
    public Locale language(HttpServletRequest request) {
        String method = request.getMethod();
        String wanted = request.getParameter("lang");
        if (wanted != null && ("GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method))) {
            var chosen = UiLanguages.supported(Locale.forLanguageTag(wanted.strip().replace('_', '-')));
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return UiLanguages.supported(locales.resolveLocale(request)).orElse(UiLanguages.DEFAULT);
    }

    @Override
    public Optional<Snapshot> get(String path, Locale language) {
        var file = file(path, language);
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

    /** The file of a request path in a language (English for another), or empty when the path would leave its folder. */
    Optional<Path> file(String path, Locale language) {
        var folder = root.resolve(UiLanguages.supported(language).orElse(UiLanguages.DEFAULT).getLanguage());
        String clean = path.split("[?#]", 2)[0];
        if (!clean.startsWith("/") || clean.contains("..") || clean.contains("\\") || clean.contains("\0")) {
            return Optional.empty();
        }
        String relative = clean.substring(1);
        String last = relative.substring(relative.lastIndexOf('/') + 1);
        if (relative.isEmpty() || !last.contains(".")) {
            relative = relative.isEmpty() ? INDEX : relative.replaceAll("/+$", "") + "/" + INDEX;
        }
        var resolved = folder.resolve(relative).normalize();
        return resolved.startsWith(folder) ? Optional.of(resolved) : Optional.empty();
    }

    private static Path typeFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".type");
    }

}
