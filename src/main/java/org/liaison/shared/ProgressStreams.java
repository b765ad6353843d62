package org.liaison.shared;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of a long task's progress (a search rebuild, an import): each stream asks its
 * {@link Poll} twice a second, on one timer thread for all streams, and sends an event named
 * {@code progress} with the answer as JSON whenever it changed, until the poll says the task is
 * over. A poll that fails (the database away for a moment) is asked again on the next tick; a
 * client that went away ends the polling; a stream lasts an hour at most.
 */
@Component
public class ProgressStreams implements DisposableBean {

    static final Duration TIMEOUT = Duration.ofHours(1);
    static final long PERIOD_MILLIS = 500;

    /** The state of a task now, or null when there is nothing (more) to follow: the stream ends without an event. */
    @FunctionalInterface
    public interface Poll {
        @Nullable Update next();
    }

    /**
     * What to send: {@code data} as JSON, only when its {@code signature} differs from the one sent
     * last (a null signature is always sent); {@code last} ends the stream after it.
     */
    public record Update(Object data, @Nullable String signature, boolean last) {}

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "liaison-progress");
        t.setDaemon(true);
        return t;
    });

    /** A new stream following {@code poll}; its first event goes out at once. */
    public SseEmitter open(Poll poll) {
        var emitter = new SseEmitter(TIMEOUT.toMillis());
        var task = new AtomicReference<ScheduledFuture<?>>();
        String[] last = {""};
        Runnable send = () -> {
            try {
                var update = poll.next();
                if (update == null) {
                    emitter.complete();
                    cancel(task);
                    return;
                }
                if (update.signature() == null || !update.signature().equals(last[0])) {
                    last[0] = update.signature() == null ? "" : update.signature();
                    emitter.send(SseEmitter.event().name("progress").data(update.data(), MediaType.APPLICATION_JSON));
                }
                if (update.last()) {
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
        task.set(timer.scheduleWithFixedDelay(send, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS));
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
