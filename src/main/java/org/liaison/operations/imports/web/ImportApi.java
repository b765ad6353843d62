package org.liaison.operations.imports.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liaison.operations.imports.ImportCounts;
import org.liaison.operations.imports.ImportService;
import org.liaison.operations.imports.RowResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Imports of CSV and Excel files for administrators and cooperation managers (and their scripts). */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports")
class ImportApi {

    private final ImportService imports;
    private final ImportProgress progress;
    private final ImportReport report;

    ImportApi(ImportService imports, ImportProgress progress, ImportReport report) {
        this.imports = imports;
        this.progress = progress;
        this.report = report;
    }

    record UploadJson(ImportJson job, List<String> headers, List<List<String>> preview, List<String> guessedMapping,
            List<UUID> sameFileImportedBy) {}

    record MappingBody(@NotNull @Size(max = 64) List<@NotNull String> fields) {}

    record DryRunJson(ImportCounts counts, int totalRows, List<RowJson> rows) {}

    record RowJson(int row, String outcome, String key, int duplicateOf, String detail) {}

    @GetMapping
    @Operation(summary = "The latest 50 imports")
    List<ImportJson> list() {
        return imports.recent().stream().map(ImportJson::of).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a CSV or .xlsx file", description = "Answers the job with the file's header, its "
            + "first rows and the mapping guessed from the header names (English, Russian, Chinese, Japanese). "
            + "Nothing is imported until the job is started.")
    @ApiResponse(responseCode = "201", description = "The uploaded import, waiting for its mapping")
    @ApiResponse(responseCode = "422", description = "The file cannot be read")
    ResponseEntity<UploadJson> upload(@RequestParam("file") MultipartFile file) throws IOException {
        var upload = imports.upload(String.valueOf(file.getOriginalFilename()), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/imports/" + upload.job().id())
                .body(new UploadJson(ImportJson.of(upload.job()), upload.headers(), upload.preview(),
                        ImportJson.of(upload.job()).mapping(),
                        upload.sameFileImported().stream().map(j -> j.id()).toList()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import with its status and counts")
    ImportJson get(@PathVariable UUID id) {
        return ImportJson.of(imports.job(id));
    }

    @PutMapping("/{id}/mapping")
    @Operation(summary = "Set the field of each column (organization, aliases, kind, country, city, website, "
            + "description, person, role, stage, ignore)")
    ImportJson mapping(@PathVariable UUID id, @Valid @RequestBody MappingBody body) {
        return ImportJson.of(imports.map(id, body.fields()));
    }

    @PostMapping("/{id}/dry-run")
    @Operation(summary = "What the import would do: new, updated, unchanged, duplicate and bad rows; nothing is written")
    DryRunJson dryRun(@PathVariable UUID id, Locale locale) {
        var run = imports.dryRun(id);
        return new DryRunJson(run.counts(), run.totalRows(), run.rows().stream().map(r -> row(r, locale)).toList());
    }

    @GetMapping(value = "/{id}/dry-run.csv", produces = "text/csv")
    @Operation(summary = "The dry run's report as CSV")
    ResponseEntity<byte[]> dryRunReport(@PathVariable UUID id, Locale locale) {
        return csv("dry-run-" + id, report.csv(imports.dryRun(id).rows(), locale));
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Start the import (or resume a failed one after its last committed batch)")
    @ApiResponse(responseCode = "202", description = "Started; follow it with GET or the progress stream")
    ResponseEntity<ImportJson> start(@PathVariable UUID id) {
        return ResponseEntity.accepted().body(ImportJson.of(imports.start(id)));
    }

    @GetMapping(value = "/{id}/report.csv", produces = "text/csv")
    @Operation(summary = "The import's report as CSV: bad rows with reasons, duplicates, filled fields, conflicts")
    ResponseEntity<byte[]> report(@PathVariable UUID id, Locale locale) {
        return csv("import-" + id, report.csv(imports.report(id), locale));
    }

    @GetMapping(value = "/{id}/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events ('progress') with the job's counts until it is done or failed")
    SseEmitter progress(@PathVariable UUID id) {
        imports.job(id);
        return progress.stream(id);
    }

    private RowJson row(RowResult r, Locale locale) {
        return new RowJson(r.row(), r.outcome(), r.key(), r.duplicateOf(), report.detail(r, locale));
    }

    private static ResponseEntity<byte[]> csv(String name, String text) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
