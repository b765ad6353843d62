package org.liaison.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference story. On the first start of an instance the loader notes whether the
 * database was empty and demo data enabled; only such a demo instance ever receives demo data.
 * Each contributor runs once, in its own transaction, and is recorded in {@code demo_data_run},
 * so a contributor added by a later release is loaded into an existing demo instance too.
 */
@Component
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataContributor> contributors;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final LiaisonSettings settings;
    private final Clock clock;

    DemoDataLoader(List<DemoDataContributor> contributors, JdbcTemplate jdbc, TransactionTemplate tx,
            LiaisonSettings settings, Clock clock) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    public void load() {
        if (!isDemoInstance()) {
            return;
        }
        for (var contributor : contributors) {
            Integer done = jdbc.queryForObject("select count(*) from demo_data_run where contributor = ?",
                    Integer.class, contributor.name());
            if (done != null && done > 0) {
                continue;
            }
            tx.executeWithoutResult(status -> {
                contributor.contribute();
                jdbc.update("insert into demo_data_run (contributor, loaded_at) values (?, ?)",
                        contributor.name(), java.sql.Timestamp.from(Instant.now(clock)));
            });
            log.info("Demo data loaded: {}", contributor.name());
        }
    }

    /** Decided once, at the first start: a demo instance is one that started empty with demo data on. */
    private boolean isDemoInstance() {
        List<Boolean> decided = jdbc.queryForList("select demo from instance_state where id = 1", Boolean.class);
        if (!decided.isEmpty()) {
            return decided.get(0) && settings.demo().enabled();
        }
        boolean demo = settings.demo().enabled();
        jdbc.update("insert into instance_state (id, demo, created_at) values (1, ?, ?)", demo,
                java.sql.Timestamp.from(Instant.now(clock)));
        return demo;
    }
}
