package org.liaison.directory.search;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of a rebuild's progress: the counts of every entity type twice a second
 * while it runs, then one last event with the index's and the database's counts, and the end of
 * the stream. A stream opened when no rebuild runs sends that last event at once.
 */
@Component
class SearchRebuildStream implements DisposableBean {

    private final SearchIndexes indexes;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "liaison-search-progress");
        t.setDaemon(true);
        return t;
    });

    SearchRebuildStream(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    SseEmitter stream() {
        var emitter = new SseEmitter(Duration.ofHours(1).toMillis());
        var task = new AtomicReference<ScheduledFuture<?>>();
        String[] last = {""};
        Runnable send = () -> {
            try {
                var progress = indexes.progress();
                if (progress.running()) {
                    var json = SearchAdminController.RebuildJson.of(progress, null);
                    String signature = json.state() + json.done() + "/" + json.total();
                    if (!signature.equals(last[0])) {
                        last[0] = signature;
                        emitter.send(SseEmitter.event().name("progress").data(json, MediaType.APPLICATION_JSON));
                    }
                    return;
                }
                var json = SearchAdminController.RebuildJson.of(progress, indexes.status());
                emitter.send(SseEmitter.event().name("progress").data(json, MediaType.APPLICATION_JSON));
                emitter.complete();
                cancel(task);
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
