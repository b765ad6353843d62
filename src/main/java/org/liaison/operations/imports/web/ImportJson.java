package org.liaison.operations.imports.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.operations.imports.ColumnMapping;
import org.liaison.operations.imports.ImportCounts;
import org.liaison.operations.imports.ImportField;
import org.liaison.operations.imports.ImportJob;

/**
 * An import in the API and in the progress stream.
 *
 * @param mapping the field of each column, by position ("organization", "country", "ignore"...)
 * @param rowsDone data rows committed (good and bad); {@code percent} of {@code totalRows}
 */
record ImportJson(UUID id, String fileName, String fingerprint, long sizeBytes, String status, List<String> mapping,
        int totalRows, int rowsDone, int percent, int batches, ImportCounts counts, String createdBy, Instant createdAt,
        @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String failure) {

    static ImportJson of(ImportJob job) {
        return new ImportJson(job.id(), job.fileName(), job.fingerprint(), job.sizeBytes(), job.status(),
                ColumnMapping.parse(job.mapping()).fields().stream().map(ImportField::key).toList(), job.totalRows(),
                job.rowsDone(), job.percent(), job.batches(), job.counts(), job.createdByName(), job.createdAt(),
                job.startedAt(), job.finishedAt(), job.failure());
    }
}
