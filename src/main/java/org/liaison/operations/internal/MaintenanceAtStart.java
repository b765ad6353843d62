package org.liaison.operations.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** {@code LIAISON_MAINTENANCE=true}: the instance starts in maintenance (stored, so every node agrees). */
@Component
class MaintenanceAtStart {

    private static final Logger log = LoggerFactory.getLogger(MaintenanceAtStart.class);

    private final OperationsSettings settings;
    private final MaintenanceSwitch maintenance;

    MaintenanceAtStart(OperationsSettings settings, MaintenanceSwitch maintenance) {
        this.settings = settings;
        this.maintenance = maintenance;
    }

    @EventListener(ApplicationReadyEvent.class)
    void apply() {
        if (settings.maintenanceAtStart() && !maintenance.active()) {
            maintenance.set(true, settings.maintenanceMessage(), null, "LIAISON_MAINTENANCE");
            log.warn("Started in maintenance mode (LIAISON_MAINTENANCE=true): reads work, writes answer 503");
        }
    }
}
