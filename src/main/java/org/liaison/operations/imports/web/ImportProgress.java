package org.liaison.operations.imports.web;

import java.util.UUID;

import org.liaison.operations.imports.ImportLedger;
import org.liaison.shared.ProgressStreams;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of an import's progress: the job's counts from the ledger twice a second
 * until it is done or failed. Read from the database, so a page follows an import that another
 * node runs (or resumed after a crash).
 */
@Component
class ImportProgress {

    private final ImportLedger ledger;
    private final ProgressStreams streams;

    ImportProgress(ImportLedger ledger, ProgressStreams streams) {
        this.ledger = ledger;
        this.streams = streams;
    }

    SseEmitter stream(UUID id) {
        return streams.open(() -> {
            var job = ledger.find(id).orElse(null);
            if (job == null) {
                return null;
            }
            var json = ImportJson.of(job);
            // once done, failed or waiting for its mapping there is nothing (more) to follow
            return new ProgressStreams.Update(json, json.status() + json.rowsDone(),
                    job.finished() || "mapping".equals(job.status()));
        });
    }
}
