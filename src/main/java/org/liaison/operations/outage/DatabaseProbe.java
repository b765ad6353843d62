package org.liaison.operations.outage;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers: a connection is asked for and checked at most once per
 * {@code liaison.operations.db-probe-interval} (default 2 s), on a thread of its own with a
 * deadline, so a request never waits for the pool's own timeout. When the database comes back,
 * the next probe says so and everything works again; nothing needs a restart.
 */
@Component
public class DatabaseProbe implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseProbe.class);

    private final DataSource dataSource;
    private final Duration interval;
    private final Duration deadline;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "liaison-db-probe");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean up = true;
    private volatile long checkedAt = System.nanoTime() - Duration.ofDays(1).toNanos();
    private @Nullable Future<Boolean> running;

    DatabaseProbe(DataSource dataSource,
            @Value("${liaison.operations.db-probe-interval:PT2S}") Duration interval,
            @Value("${liaison.operations.db-probe-deadline:PT2S}") Duration deadline) {
        this.dataSource = dataSource;
        this.interval = interval;
        this.deadline = deadline;
    }

    /** Whether the database answered the last probe; probes again when the last one is older than the interval. */
    public boolean isUp() {
        if (System.nanoTime() - checkedAt >= interval.toNanos()) {
            probe();
        }
        return up;
    }

    /** Probes now: a request that failed for want of a connection calls this, so the next ones know at once. */
    public synchronized boolean probe() {
        Future<Boolean> task = running;
        if (task == null || task.isDone()) {
            task = executor.submit(this::connects);
            running = task;
        }
        boolean answer;
        try {
            answer = task.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // No connection in time. When the pool is full of connections in use and requests queue for
            // them, the database answers and is busy (found by the load run: 220 users made this probe
            // declare an outage and answer 503 to everyone for seconds at a time); keep the last answer.
            answer = saturated() ? up : false;
        } catch (Exception e) {
            answer = false;
        }
        if (answer != up) {
            log.warn(answer ? "The database answers again" : "The database does not answer: serving public pages from their snapshots");
        }
        up = answer;
        checkedAt = System.nanoTime();
        return answer;
    }

    /** Whether every connection of the pool is lent out and callers wait for one (Hikari only). */
    boolean saturated() {
        try {
            if (!dataSource.isWrapperFor(HikariDataSource.class)) {
                return false;
            }
            var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
            return pool != null && pool.getActiveConnections() > 0 && pool.getIdleConnections() == 0
                    && pool.getThreadsAwaitingConnection() > 0;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean connects() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, deadline.toSeconds()));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
