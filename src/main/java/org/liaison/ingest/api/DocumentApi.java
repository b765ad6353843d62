package org.liaison.ingest.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.ingest.internal.DocumentSources;
import org.liaison.ingest.internal.IngestService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The review queue: documents taken in, their proposed facts, and the decisions on them. */
@RestController
@Tag(name = "Ingestion")
@ApiResponse(responseCode = "401", description = "No valid API token")
@ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers review documents")
class DocumentApi {

    record DocumentBody(@Nullable String text, @Nullable LocalDate publishedAt, @Nullable String url,
            @Nullable String format) {
    }

    record FetchBody(@Nullable String url, @Nullable LocalDate publishedAt) {
    }

    /** Edits made while accepting: the fact's JSON (the contract's shape) and the directory record it stands for. */
    record AcceptBody(@Nullable Long version, @Nullable String payload, @Nullable UUID link, @Nullable Boolean newRecord) {
    }

    record VersionBody(@Nullable Long version) {
    }

    record PageJson<T>(List<T> items, int page, int size, long total) {
    }

    private final IngestService ingest;
    private final DocumentSources sources;

    DocumentApi(IngestService ingest, DocumentSources sources) {
        this.ingest = ingest;
        this.sources = sources;
    }

    @PostMapping(path = "/api/v1/ingest/documents", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Take in a pasted article (text or html) and propose its facts",
            description = "201 with the new document; 200 with the existing one when the same text was taken in before.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "200", description = "Taken in before; nothing new was created")
    ResponseEntity<IngestService.DocumentView> create(@RequestBody DocumentBody body) {
        if (body.text() == null) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST);
        }
        boolean html = "html".equalsIgnoreCase(body.format() == null ? "" : body.format().strip());
        return answer(sources.pasted(body.text(), html, body.publishedAt(), body.url()));
    }

    @PostMapping(path = "/api/v1/ingest/documents/fetch", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fetch a web page, keep its main content and propose its facts",
            description = "URLs on loopback and private networks are refused (422 ingest-url-refused) unless "
                    + "liaison.ingest.allow-private-addresses is set.")
    ResponseEntity<IngestService.DocumentView> fetch(@RequestBody FetchBody body) {
        if (body.url() == null) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST);
        }
        return answer(sources.fetched(body.url(), body.publishedAt()));
    }

    @PostMapping(path = "/api/v1/ingest/documents/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a file (text, HTML, PDF or DOCX; the type is told by the content) and propose its facts")
    ResponseEntity<IngestService.DocumentView> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedAt)
            throws IOException {
        return answer(sources.uploaded(file.getBytes(), file.getOriginalFilename(), publishedAt));
    }

    @GetMapping(path = "/api/v1/ingest/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Documents taken in, latest first")
    PageJson<IngestService.DocumentSummary> list(@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = ingest.documents(page, size);
        return new PageJson<>(found.getContent(), page, size, found.getTotalElements());
    }

    @GetMapping(path = "/api/v1/ingest/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A document with its proposed facts, each with its sentence and status")
    IngestService.DocumentView get(@PathVariable UUID id) {
        return ingest.document(id);
    }

    @PostMapping(path = "/api/v1/ingest/documents/{id}/accept-all", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept every fact still proposed and apply them to the directory, engagements and relationships")
    IngestService.DocumentView acceptAll(@PathVariable UUID id) {
        return ingest.acceptAll(id);
    }

    @PostMapping(path = "/api/v1/ingest/facts/{id}/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept a fact, edited or not, and apply it",
            description = "payload replaces the fact (the contract's JSON of its kind); link names the directory record "
                    + "it stands for; newRecord=true drops the proposed match and creates a new record. A decided fact "
                    + "gives 422 ingest-fact-decided; a stale version 409.")
    IngestService.FactView accept(@PathVariable UUID id, @RequestBody(required = false) @Nullable AcceptBody body) {
        if (body == null) {
            return ingest.accept(id, null, null, null, true);
        }
        boolean keepLink = body.link() == null && !Boolean.TRUE.equals(body.newRecord());
        return ingest.accept(id, body.version(), body.payload(), body.link(), keepLink);
    }

    @PostMapping(path = "/api/v1/ingest/facts/{id}/reject", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reject a fact: nothing is applied")
    IngestService.FactView reject(@PathVariable UUID id, @RequestBody(required = false) @Nullable VersionBody body) {
        return ingest.reject(id, body == null ? null : body.version());
    }

    private static ResponseEntity<IngestService.DocumentView> answer(IngestService.DocumentView view) {
        if (!view.created()) {
            return ResponseEntity.ok(view);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/ingest/documents/{id}").buildAndExpand(view.id()).toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location).body(view);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
