package org.liaison.operations.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.directory.DirectoryImports;
import org.liaison.shared.LiaisonSettings;
import org.liaison.shared.NotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.UploadContent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports as users drive them: upload a file (kept under the data folder by job id, with its
 * SHA-256), choose the mapping, look at the dry run, start. Only administrators and cooperation
 * managers import; the job then runs as the user who started it.
 */
@Service
public class ImportService {

    /** How many rows of a dry run are listed (the counts cover all of them). */
    public static final int DRY_RUN_LIST = 500;

    private final ImportLedger ledger;
    private final ImportRunner runner;
    private final DirectoryImports directory;
    private final CurrentViewer viewer;
    private final LiaisonSettings settings;
    private final Clock clock;

    ImportService(ImportLedger ledger, ImportRunner runner, DirectoryImports directory, CurrentViewer viewer,
            LiaisonSettings settings, Clock clock) {
        this.ledger = ledger;
        this.runner = runner;
        this.directory = directory;
        this.viewer = viewer;
        this.settings = settings;
        this.clock = clock;
    }

    /** An uploaded file's first look: the job, its header and first rows, and the guessed mapping. */
    public record Upload(ImportJob job, List<String> headers, List<List<String>> preview, ColumnMapping guess,
            List<ImportJob> sameFileImported) {}

    /** A dry run: what the import would do, counted over every row; the first rows listed. */
    public record DryRun(ImportCounts counts, List<RowResult> rows, int totalRows) {}

    /**
     * What an import file may be, told by its content: text (CSV, TSV) or an Excel workbook (.xlsx);
     * a ZIP that is no workbook (a broken one) passes the content check only to be refused by the
     * reader as unreadable, and only under a name that is no other type's.
     */
    static final List<String> ACCEPTED = List.of(UploadContent.TEXT, UploadContent.CSV, UploadContent.TSV,
            UploadContent.XLSX, UploadContent.ZIP);

    public Upload upload(String fileName, byte[] bytes) {
        Viewer v = requireImporter();
        if (bytes.length == 0) {
            throw new RuleViolationException("import-empty", "The file is empty");
        }
        UploadContent.require(bytes, fileName, ACCEPTED);
        List<String> headers;
        var preview = new ArrayList<List<String>>();
        int[] rows = {0};
        try {
            headers = ImportReader.headers(bytes);
            ImportReader.cells(bytes, (row, cells) -> {
                if (row > 1 && !cells.stream().allMatch(String::isBlank)) {
                    rows[0]++;
                    if (preview.size() < 5) {
                        preview.add(cells);
                    }
                }
            });
        } catch (ImportFileException e) {
            throw new RuleViolationException("import-unreadable", e.getMessage(), Map.of("reason", e.code()));
        }
        var guess = ColumnMapping.guess(headers);
        String fingerprint = sha256(bytes);
        var id = UUID.randomUUID();
        String name = fileName.isBlank() ? "import" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        if (name.length() > 300) {
            name = name.substring(name.length() - 300);
        }
        try {
            Files.createDirectories(folder());
            Files.write(file(id), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var job = new ImportJob(id, name, fingerprint, bytes.length, ImportReader.isExcel(bytes), guess.format(),
                "mapping", v.userId(), v.username(), clock.instant(), null, null, rows[0], 0, 0, 0, ImportCounts.NONE,
                null);
        ledger.create(job);
        return new Upload(job, headers, preview, guess, ledger.doneWithFingerprint(fingerprint));
    }

    public ImportJob job(UUID id) {
        requireImporter();
        return ledger.find(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    public List<ImportJob> recent() {
        requireImporter();
        return ledger.recent(50);
    }

    /** The header and first rows of an uploaded file (for the mapping step). */
    public Upload look(UUID id) {
        var job = job(id);
        byte[] bytes = bytes(id);
        var preview = new ArrayList<List<String>>();
        var headers = ImportReader.headers(bytes);
        try {
            ImportReader.cells(bytes, (row, cells) -> {
                if (row > 1 && !cells.stream().allMatch(String::isBlank)) {
                    preview.add(cells);
                    if (preview.size() >= 5) {
                        throw new EnoughRows();
                    }
                }
            });
        } catch (EnoughRows enough) {
            // the preview is full
        }
        return new Upload(job, headers, preview, ColumnMapping.parse(job.mapping()),
                ledger.doneWithFingerprint(job.fingerprint()).stream().filter(j -> !j.id().equals(id)).toList());
    }

    public ImportJob map(UUID id, List<String> fields) {
        var job = job(id);
        if (!"mapping".equals(job.status())) {
            throw new RuleViolationException("import-started", "The import has started; its mapping is fixed");
        }
        var parsed = new ArrayList<ImportField>();
        for (var f : fields) {
            parsed.add(ImportField.parse(f).orElseThrow(() -> new RuleViolationException("import-mapping",
                    "Unknown field: " + f)));
        }
        ColumnMapping mapping;
        try {
            mapping = new ColumnMapping(parsed);
        } catch (ImportFileException e) {
            throw new RuleViolationException("import-mapping", e.getMessage());
        }
        if (!mapping.maps(ImportField.ORGANIZATION)) {
            throw new RuleViolationException("import-mapping-organization", "No column holds the organization");
        }
        ledger.mapping(id, mapping.format());
        return job(id);
    }

    /** What the import would do with the current mapping; nothing is written. */
    public DryRun dryRun(UUID id) {
        var job = job(id);
        var mapping = ColumnMapping.parse(job.mapping());
        var planner = new ImportPlanner(directory.organizations(), directory.people(), Map.of());
        var listed = new ArrayList<RowResult>();
        ImportCounts[] counts = {ImportCounts.NONE};
        int[] total = {0};
        try {
            ImportReader.read(bytes(id), mapping, h -> {}, new ImportReader.RowSink() {
                @Override
                public void good(ImportRow row) {
                    add(RowResult.of(planner.plan(row)));
                }

                @Override
                public void bad(BadRow row) {
                    add(RowResult.bad(row));
                }

                private void add(RowResult r) {
                    total[0]++;
                    counts[0] = counts[0].plus(r.counts());
                    if (listed.size() < DRY_RUN_LIST) {
                        listed.add(r);
                    }
                }
            });
        } catch (ImportFileException e) {
            throw new RuleViolationException("import-mapping-organization", e.getMessage());
        }
        return new DryRun(counts[0], listed, total[0]);
    }

    /** Starts the import (or resumes a failed one after its last committed batch). */
    public ImportJob start(UUID id) {
        var job = job(id);
        if (!"mapping".equals(job.status()) && !"failed".equals(job.status())) {
            throw new RuleViolationException("import-started", "The import has started already");
        }
        if (!ColumnMapping.parse(job.mapping()).maps(ImportField.ORGANIZATION)) {
            throw new RuleViolationException("import-mapping-organization", "No column holds the organization");
        }
        ledger.queue(id, clock.instant());
        runner.runSoon(id);
        return job(id);
    }

    /** The ledger rows worth reporting (bad rows with reasons, duplicates, fills, conflicts). */
    public List<RowResult> report(UUID id) {
        job(id);
        return ledger.reportRows(id);
    }

    byte[] bytes(UUID id) {
        try {
            return Files.readAllBytes(file(id));
        } catch (IOException e) {
            throw new NotFoundException("import file", id);
        }
    }

    private Path folder() {
        return settings.dataDir().resolve("imports");
    }

    Path file(UUID id) {
        return file(settings, id);
    }

    /** Where an import's file is kept: the data folder's {@code imports/<job id>.bin}. */
    static Path file(LiaisonSettings settings, UUID id) {
        return settings.dataDir().resolve("imports").resolve(id + ".bin");
    }

    private Viewer requireImporter() {
        var v = viewer.get();
        if (!v.roles().contains(Role.ADMINISTRATOR) && !v.roles().contains(Role.COOPERATION_MANAGER)) {
            throw new AccessDeniedException("Only administrators and cooperation managers import");
        }
        return v;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class EnoughRows extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EnoughRows() {
            super(null, null, false, false);
        }
    }
}
