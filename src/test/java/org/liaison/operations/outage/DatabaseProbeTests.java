package org.liaison.operations.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A pool whose every connection is in use is a busy database, not a missing one: found by the load
 * run (bench/load.sh), where 220 users kept the pool busy, the probe got no connection within its
 * deadline and the instance answered 503 to everyone. A real H2 database behind a real Hikari pool.
 */
class DatabaseProbeTests {

    private static HikariDataSource pool() {
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:probe-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(3000);
        return new HikariDataSource(config);
    }

    @Test
    void aPoolBusyWithEveryConnectionInUseIsNotAnOutage() throws Exception {
        try (var dataSource = pool()) {
            var probe = new DatabaseProbe(dataSource, Duration.ofMillis(100), Duration.ofMillis(300));
            try {
                assertThat(probe.probe()).isTrue();
                try (Connection held = dataSource.getConnection()) { // the only connection, in use
                    assertThat(held.isValid(1)).isTrue();
                    assertThat(probe.probe()).as("busy, so the last answer stands").isTrue();
                    assertThat(probe.isUp()).isTrue();
                }
                assertThat(probe.probe()).isTrue();
            } finally {
                probe.destroy();
            }
        }
    }

    @Test
    void aClosedPoolIsAnOutage() throws Exception {
        var dataSource = pool();
        var probe = new DatabaseProbe(dataSource, Duration.ofMillis(100), Duration.ofMillis(300));
        try {
            assertThat(probe.probe()).isTrue();
            dataSource.close(); // no connection can be had at all: not saturated, down
            assertThat(probe.saturated()).isFalse();
            assertThat(probe.probe()).isFalse();
        } finally {
            probe.destroy();
        }
    }
}
