package org.liaison.ingest.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.ingest.internal.DocumentSources;
import org.liaison.ingest.internal.FeedService;
import org.liaison.ingest.internal.IngestService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.liaison.shared.RecordHistory;
import org.springframework.beans.factory.ObjectProvider;

/** The review queue: take in an article (paste, URL, file), then accept, edit or reject its facts. */
@Controller
class IngestController {

    private final IngestService ingest;
    private final DocumentSources sources;
    private final FeedService feeds;
    private final ObjectProvider<RecordHistory> history;

    static final int HISTORY_SHOWN = 50;

    IngestController(IngestService ingest, DocumentSources sources, FeedService feeds, ObjectProvider<RecordHistory> history) {
        this.history = history;
        this.ingest = ingest;
        this.sources = sources;
        this.feeds = feeds;
    }

    @GetMapping("/ingest")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("documents", ingest.documents(Math.max(0, page), 30));
        model.addAttribute("feeds", feeds.list());
        return "ingest/list";
    }

    @PostMapping("/ingest")
    String paste(@RequestParam String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedAt,
            @RequestParam(required = false) @Nullable String url, @RequestParam(defaultValue = "text") String format) {
        var doc = sources.pasted(text, format.equals("html"), publishedAt, blank(url));
        return "redirect:/ingest/documents/" + doc.id();
    }

    @PostMapping("/ingest/fetch")
    String fetch(@RequestParam String url,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedAt) {
        return "redirect:/ingest/documents/" + sources.fetched(url, publishedAt).id();
    }

    @PostMapping(path = "/ingest/upload", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedAt)
            throws IOException {
        return "redirect:/ingest/documents/" + sources.uploaded(file.getBytes(), file.getOriginalFilename(), publishedAt).id();
    }

    @PostMapping("/ingest/feeds")
    String subscribe(@RequestParam String url) {
        feeds.subscribe(url);
        return "redirect:/ingest";
    }

    @GetMapping("/ingest/documents/{id}")
    String document(@PathVariable UUID id, Model model) {
        model.addAttribute("document", ingest.document(id));
        return "ingest/document";
    }

    @PostMapping("/ingest/documents/{id}/accept-all")
    String acceptAll(@PathVariable UUID id) {
        ingest.acceptAll(id);
        return "redirect:/ingest/documents/" + id;
    }

    /** One fact: what was proposed, from which sentence, the decision, and its history (who changed what, when). */
    @GetMapping("/ingest/facts/{id}")
    String fact(@PathVariable UUID id, Model model) {
        var page = ingest.factPage(id);
        model.addAttribute("page", page);
        var trail = history.getIfAvailable();
        model.addAttribute("history", trail == null ? java.util.List.of() : trail.of("ingest_fact", id, HISTORY_SHOWN));
        return "ingest/fact";
    }

    @PostMapping("/ingest/facts/{id}/accept")
    String accept(@PathVariable UUID id, @RequestParam UUID document, @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable String payload,
            @RequestParam(defaultValue = "false") boolean newRecord) {
        ingest.accept(id, version, blank(payload), null, !newRecord);
        return "redirect:/ingest/documents/" + document + "#fact-" + id;
    }

    @PostMapping("/ingest/facts/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam UUID document,
            @RequestParam(required = false) @Nullable Long version) {
        ingest.reject(id, version);
        return "redirect:/ingest/documents/" + document + "#fact-" + id;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
