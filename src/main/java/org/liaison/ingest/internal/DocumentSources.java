package org.liaison.ingest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.ingest.sources.FileText;
import org.liaison.ingest.sources.MainContent;
import org.liaison.ingest.sources.SafeFetcher;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.UploadContent;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** Turns what a user gives (pasted text or HTML, a URL, a file) into article text for the review queue. */
@Service
public class DocumentSources {

    /** What an upload may be, told by its content: text, HTML, PDF or DOCX. */
    static final List<String> ACCEPTED = List.of(UploadContent.TEXT, UploadContent.HTML, UploadContent.XHTML,
            UploadContent.PDF, UploadContent.DOCX);

    private final IngestService ingest;
    private final SafeFetcher fetcher;
    private final IngestSettings settings;

    DocumentSources(IngestService ingest, SafeFetcher fetcher, IngestSettings settings) {
        this.ingest = ingest;
        this.fetcher = fetcher;
        this.settings = settings;
    }

    public IngestService.DocumentView pasted(String text, boolean html, @Nullable LocalDate publishedAt,
            @Nullable String url) {
        ingest.requireManager();
        limit(text);
        var article = html ? MainContent.of(text, url == null ? "" : url) : text;
        return ingest.ingest(article, publishedAt, url, html ? IngestDocument.Source.HTML : IngestDocument.Source.TEXT);
    }

    public IngestService.DocumentView fetched(String url, @Nullable LocalDate publishedAt) {
        ingest.requireManager();
        SafeFetcher.Response response;
        try {
            response = fetcher.get(url);
        } catch (SafeFetcher.RefusedException e) {
            throw new RuleViolationException("ingest-url-refused", e.getMessage());
        } catch (IOException e) {
            throw new RuleViolationException("ingest-fetch-failed", "The page could not be fetched: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleViolationException("ingest-fetch-failed", "Interrupted");
        }
        if (response.status() != 200) {
            throw new RuleViolationException("ingest-fetch-failed", "The page answered " + response.status());
        }
        String text;
        try {
            var type = FileText.detect(response.body());
            var contentType = response.contentType() == null ? "" : response.contentType();
            text = type == FileText.Type.TEXT && contentType.contains("html")
                    ? MainContent.of(new String(response.body(), StandardCharsets.UTF_8), response.uri().toString())
                    : FileText.text(response.body()).text();
        } catch (IOException e) {
            throw new RuleViolationException("ingest-file-unreadable", "The page could not be read: " + e.getMessage());
        }
        limit(text);
        return ingest.ingest(text, publishedAt, response.uri().toString(), IngestDocument.Source.URL);
    }

    public IngestService.DocumentView uploaded(byte[] content, @Nullable String fileName, @Nullable LocalDate publishedAt) {
        ingest.requireManager();
        UploadContent.require(content, fileName, ACCEPTED);
        FileText.Extracted extracted;
        try {
            extracted = FileText.text(content);
        } catch (IOException | RuntimeException e) {
            throw new RuleViolationException("ingest-file-unreadable", "The file could not be read as text, HTML, PDF or DOCX");
        }
        limit(extracted.text());
        return ingest.ingest(extracted.text(), publishedAt, fileName == null ? null : UploadContent.lastSegment(fileName),
                IngestDocument.Source.FILE);
    }

    private void limit(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length > settings.maxTextBytes()) {
            throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE);
        }
    }
}
