package org.liaison.relationships.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the board's copy of each partner's name, kind and country in step with the directory,
 * which publishes no event when an organization is edited: at start where the copy is missing
 * (rows of earlier versions, rows written with SQL) and then in full on a timer
 * ({@code liaison.relationships.card-refresh}, default every 15 minutes).
 */
@Component
class RelationshipCardJobs {

    private static final Logger log = LoggerFactory.getLogger(RelationshipCardJobs.class);

    private final RelationshipCards cards;

    RelationshipCardJobs(RelationshipCards cards) {
        this.cards = cards;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void atStart() {
        int filled = cards.refreshMissing();
        if (filled > 0) {
            log.info("Relationship cards: {} filled from the directory", filled);
        }
    }

    @Scheduled(initialDelayString = "${liaison.relationships.card-refresh:PT15M}",
            fixedDelayString = "${liaison.relationships.card-refresh:PT15M}")
    @SchedulerLock(name = "relationship-cards")
    @Transactional
    public void refresh() {
        int changed = cards.refresh(null);
        if (changed > 0) {
            log.info("Relationship cards: {} refreshed from the directory", changed);
        }
    }
}
