package org.liaison.shared;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Whether the instance is in maintenance: reads keep working, writes are refused with 503 and
 * {@code Retry-After}, and scheduled jobs that change data pause. The state lives in the database
 * (all nodes agree, it survives a restart); the operations module implements this interface and
 * owns the switch ({@code PUT /api/v1/admin/maintenance}, the page {@code /admin/maintenance},
 * {@code LIAISON_MAINTENANCE=true} at start).
 *
 * <p>Jobs: every job that holds a ShedLock lock ({@code @SchedulerLock}) is skipped while
 * maintenance is on, without doing anything. A job or listener that changes data by another way
 * asks {@link #active()} first and returns when it is true:
 * <pre>{@code
 * if (maintenance.active()) { return; }   // try again on the next run
 * }</pre>
 * Web writes need nothing: a filter in operations refuses every non-safe request (POST, PUT,
 * PATCH, DELETE) unless its handler carries {@link AllowedDuringMaintenance}.
 */
public interface MaintenanceMode {

    /** True while maintenance is on: writes are refused and jobs pause. */
    boolean active();

    /** The current maintenance, with its message and expected end; empty when off. */
    Optional<Maintenance> current();

    /**
     * One period of maintenance.
     *
     * @param message what the administrator wrote for the users (may be empty)
     * @param until   the expected end, or null when unknown
     */
    record Maintenance(String message, @Nullable Instant until) {}
}
