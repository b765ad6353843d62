package org.liaison.operations.imports.web;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.liaison.operations.imports.ImportLedger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of an import's progress: the job's counts from the ledger twice a second
 * until it is done or failed. Read from the database, so a page follows an import that another
 * node runs (or resumed after a crash).
 */
@Component
class ImportProgress implements DisposableBean {

    private final ImportLedger ledger;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "liaison-import-progress");
        t.setDaemon(true);
        return t;
    });

    ImportProgress(ImportLedger ledger) {
        this.ledger = ledger;
    }

    SseEmitter stream(UUID id) {
        var emitter = new SseEmitter(Duration.ofHours(1).toMillis());
        var task = new AtomicReference<ScheduledFuture<?>>();
        String[] last = {""};
        Runnable send = () -> {
            try {
                var job = ledger.find(id).orElse(null);
                if (job == null) {
                    emitter.complete();
                    cancel(task);
                    return;
                }
                var json = ImportJson.of(job);
                String signature = json.status() + json.rowsDone();
                if (!signature.equals(last[0])) {
                    last[0] = signature;
                    emitter.send(SseEmitter.event().name("progress").data(json, MediaType.APPLICATION_JSON));
                }
                if (job.finished() || "mapping".equals(job.status())) { // nothing (more) to follow
                    emitter.complete();
                    cancel(task);
                }
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
                cancel(task);
            } catch (RuntimeException e) {
                // the database is away for a moment: try again on the next tick
            }
        };
        task.set(timer.scheduleWithFixedDelay(send, 0, 500, TimeUnit.MILLISECONDS));
        emitter.onCompletion(() -> cancel(task));
        emitter.onTimeout(() -> cancel(task));
        emitter.onError(e -> cancel(task));
        return emitter;
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
        var t = task.get();
        if (t != null) {
            t.cancel(false);
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
