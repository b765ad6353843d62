package org.liaison.operations.imports;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An import as the ledger keeps it.
 *
 * @param status {@code mapping} (uploaded, waiting for its mapping and start), {@code queued},
 *               {@code running}, {@code done} or {@code failed}
 * @param totalRows the file's data rows (counted at upload)
 * @param rowsDone the data rows committed so far (good and bad)
 * @param lastRow the file row number of the last committed row: a resumed import goes on after it
 */
public record ImportJob(UUID id, String fileName, String fingerprint, long sizeBytes, boolean excel, String mapping,
        String status, @Nullable UUID createdBy, String createdByName, Instant createdAt, @Nullable Instant startedAt,
        @Nullable Instant finishedAt, int totalRows, int rowsDone, int lastRow, int batches, ImportCounts counts,
        @Nullable String failure) {

    public boolean finished() {
        return "done".equals(status) || "failed".equals(status);
    }

    /** Percent of the rows committed. */
    public int percent() {
        return totalRows == 0 ? (finished() ? 100 : 0) : (int) Math.min(100, rowsDone * 100L / totalRows);
    }
}
