package org.liaison.operations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.MaintenanceMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The maintenance switch: one row in {@code operations_maintenance}, read on every question so
 * that every node sees a change at once and the state survives a restart.
 */
@Service
public class MaintenanceSwitch implements MaintenanceMode {

    /** Retry-After when the administrator gave no expected end. */
    static final Duration DEFAULT_RETRY = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MaintenanceSwitch(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean active() {
        return current().isPresent();
    }

    @Override
    public Optional<Maintenance> current() {
        return jdbc.query("select enabled, message, until_at from operations_maintenance where id = 1", rs -> {
            if (!rs.next() || !rs.getBoolean("enabled")) {
                return Optional.<Maintenance>empty();
            }
            Timestamp until = rs.getTimestamp("until_at");
            return Optional.of(new Maintenance(rs.getString("message"), until == null ? null : until.toInstant()));
        });
    }

    /** Turns maintenance on (with a message and an expected end) or off, on behalf of {@code by}. */
    public void set(boolean enabled, @Nullable String message, @Nullable Instant until, String by) {
        jdbc.update("update operations_maintenance set enabled = ?, message = ?, until_at = ?, changed_by = ?,"
                + " changed_at = ? where id = 1", enabled, enabled && message != null ? message.strip() : "",
                enabled && until != null ? Timestamp.from(until) : null, by, Timestamp.from(clock.instant()));
    }

    /** Seconds a client should wait before trying a write again: until the expected end, at least a minute. */
    public long retryAfterSeconds() {
        var until = current().map(Maintenance::until).orElse(null);
        if (until == null) {
            return DEFAULT_RETRY.toSeconds();
        }
        return Math.max(60, Duration.between(clock.instant(), until).toSeconds());
    }
}
