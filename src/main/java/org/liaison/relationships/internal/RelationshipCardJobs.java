package org.liaison.relationships.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the board's copy of each partner's name, kind and country where it is missing at start (rows
 * of earlier versions, rows written with SQL). Edits reach the copy through the directory's
 * {@code OrganizationChanged} event ({@link RelationshipListeners}), delivered again after a restart
 * when it was not handled, so no timed refresh is needed.
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
}
