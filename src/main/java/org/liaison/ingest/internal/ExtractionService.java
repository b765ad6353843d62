package org.liaison.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryNames;
import org.liaison.directory.OrganizationRegistered;
import org.liaison.directory.OrganizationsMerged;
import org.liaison.ingest.extraction.Article;
import org.liaison.ingest.extraction.Extraction;
import org.liaison.ingest.extraction.Gazetteer;
import org.liaison.ingest.extraction.RuleBasedExtractor;
import org.liaison.ingest.sources.MainContent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Extraction with the directory as gazetteer. The extractor (with its name index) is built once
 * and rebuilt on the next call after the directory registered or merged organizations.
 */
@Service
public class ExtractionService {

    private final DirectoryNames names;
    private final IngestSettings settings;
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private volatile @Nullable RuleBasedExtractor extractor;

    ExtractionService(DirectoryNames names, IngestSettings settings) {
        this.names = names;
        this.settings = settings;
    }

    /** The facts of one article; {@code html} pages are reduced to their main content first. */
    public Extraction extract(String text, @Nullable LocalDate publishedAt, boolean html) {
        if (text.getBytes(StandardCharsets.UTF_8).length > settings.maxTextBytes()) {
            throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE);
        }
        var article = html ? MainContent.of(text, "") : text;
        return extractor().extract(new Article(article, publishedAt));
    }

    RuleBasedExtractor extractor() {
        var current = extractor;
        if (current == null || stale.getAndSet(false)) {
            var entries = new ArrayList<Gazetteer.Entry>();
            for (var o : names.organizations()) {
                entries.add(new Gazetteer.Entry(o.id(), Gazetteer.Type.ORGANIZATION, o.name(), o.names(), o.kind(),
                        o.country()));
            }
            for (var p : names.people()) {
                entries.add(new Gazetteer.Entry(p.id(), Gazetteer.Type.PERSON, p.name(), p.names(), null, null));
            }
            current = new RuleBasedExtractor(Gazetteer.of(entries));
            extractor = current;
        }
        return current;
    }

    /** The directory changed: the next extraction reads its names again. */
    public void directoryChanged() {
        stale.set(true);
    }

    @EventListener
    void on(OrganizationRegistered event) {
        directoryChanged();
    }

    @EventListener
    void on(OrganizationsMerged event) {
        directoryChanged();
    }
}
