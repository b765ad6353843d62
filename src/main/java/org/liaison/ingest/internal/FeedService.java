package org.liaison.ingest.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.ingest.sources.MainContent;
import org.liaison.ingest.sources.SafeFetcher;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Atom and RSS feeds polled on a schedule with conditional GETs (If-None-Match, If-Modified-Since):
 * each new entry becomes a document in the review queue once, keyed by the entry's id or link.
 */
@Service
public class FeedService {

    private static final Logger log = LoggerFactory.getLogger(FeedService.class);

    public record FeedView(UUID id, String url, @Nullable Instant lastPolledAt, @Nullable Integer lastStatus) {
    }

    /** What one poll did: the HTTP status and how many entries became documents. */
    public record PollResult(int status, int newEntries) {
    }

    private final Feeds feeds;
    private final IngestService ingest;
    private final SafeFetcher fetcher;
    private final CurrentViewer viewer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FeedService(Feeds feeds, IngestService ingest, SafeFetcher fetcher, CurrentViewer viewer,
            TransactionTemplate transactions, Clock clock) {
        this.feeds = feeds;
        this.ingest = ingest;
        this.fetcher = fetcher;
        this.viewer = viewer;
        this.transactions = transactions;
        this.clock = clock;
    }

    public FeedView subscribe(String url) {
        requireManager();
        try {
            fetcher.check(url);
        } catch (SafeFetcher.RefusedException e) {
            throw new RuleViolationException("ingest-url-refused", e.getMessage());
        }
        var feed = transactions.execute(s -> feeds.findByUrl(url.strip()).orElseGet(() -> feeds.save(new Feed(url.strip(), clock.instant()))));
        return view(feed);
    }

    public List<FeedView> list() {
        requireManager();
        return transactions.execute(s -> feeds.findAllByOrderByCreatedAt().stream().map(FeedService::view).toList());
    }

    /** Polls every feed, as the system; each feed on its own, so one failing feed does not stop the others. */
    @Scheduled(fixedDelayString = "${liaison.ingest.feed-poll-interval:PT30M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "ingest-feeds", lockAtMostFor = "PT20M")
    public void pollAll() {
        ViewerContext.run(Viewer.system("ingest-feeds"), () -> {
            var all = transactions.execute(s -> feeds.findAllByOrderByCreatedAt());
            for (var feed : all) {
                try {
                    poll(feed.getId());
                } catch (RuntimeException e) {
                    log.warn("Feed {} could not be polled: {}", feed.getUrl(), e.getMessage());
                }
            }
        });
    }

    /** Polls one feed now. */
    public PollResult poll(UUID id) {
        requireManager();
        var feed = transactions.execute(s -> feeds.findById(id).orElseThrow(() -> new NotFoundException("feed", id)));
        SafeFetcher.Response response;
        try {
            response = fetcher.get(feed.getUrl(), feed.getEtag(), feed.getLastModified());
        } catch (SafeFetcher.RefusedException e) {
            throw new RuleViolationException("ingest-url-refused", e.getMessage());
        } catch (IOException e) {
            throw new RuleViolationException("ingest-fetch-failed", "The feed could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleViolationException("ingest-fetch-failed", "Interrupted");
        }
        int created = 0;
        if (response.status() == 200) {
            List<SyndEntry> entries;
            try {
                entries = new SyndFeedInput().build(new java.io.StringReader(
                        new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))).getEntries();
            } catch (FeedException | IllegalArgumentException e) {
                throw new RuleViolationException("ingest-feed-invalid", "Not an Atom or RSS feed: " + e.getMessage());
            }
            for (var entry : entries) {
                if (entry(feed, entry)) {
                    created++;
                }
            }
        }
        transactions.executeWithoutResult(s -> {
            var f = feeds.findById(id).orElseThrow();
            f.polled(response.status(), response.etag(), response.lastModified(), clock.instant());
            feeds.save(f);
        });
        return new PollResult(response.status(), created);
    }

    private boolean entry(Feed feed, SyndEntry entry) {
        var key = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : entry.getLink();
        if (key == null || key.isBlank()) {
            key = IngestService.sha256(entry.getTitle() + "\n" + text(entry));
        }
        var entryKey = key.length() > 500 ? key.substring(0, 500) : key;
        return Boolean.TRUE.equals(transactions.execute(s -> {
            if (feeds.countEntry(feed.getId(), entryKey) > 0) {
                return false;
            }
            var date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            LocalDate published = date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            var doc = ingest.ingest((entry.getTitle() == null ? "" : entry.getTitle().strip()) + "\n\n" + text(entry),
                    published, entry.getLink(), IngestDocument.Source.FEED);
            feeds.addEntry(feed.getId(), entryKey, doc.id(), clock.instant());
            return true;
        }));
    }

    private static String text(SyndEntry entry) {
        var parts = new StringBuilder();
        for (var c : entry.getContents()) {
            parts.append(c.getValue()).append('\n');
        }
        if (parts.isEmpty() && entry.getDescription() != null) {
            parts.append(entry.getDescription().getValue());
        }
        var raw = parts.toString();
        return raw.contains("<") ? MainContent.of("<html><body><article>" + raw + "</article></body></html>", "")
                : raw.strip();
    }

    private static FeedView view(Feed f) {
        return new FeedView(f.getId(), f.getUrl(), f.getLastPolledAt(), f.getLastStatus());
    }

    private void requireManager() {
        var v = viewer.get();
        if (!(v.roles().contains(Role.ADMINISTRATOR) || v.roles().contains(Role.COOPERATION_MANAGER))) {
            throw new AccessDeniedException("Only administrators and cooperation managers manage feeds");
        }
    }
}
