package org.liaison.operations.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the operations module.
 *
 * @param maintenanceAtStart turn maintenance on when the instance starts ({@code LIAISON_MAINTENANCE=true});
 *                           false leaves the stored state as it is
 * @param maintenanceMessage the message shown when maintenance is turned on at start
 * @param backup             write a backup archive to this path and exit ({@code --liaison.operations.backup=path.zip})
 * @param restore            restore this backup archive into the empty database and exit
 *                           ({@code --liaison.operations.restore=path.zip})
 */
@ConfigurationProperties("liaison.operations")
public record OperationsSettings(boolean maintenanceAtStart, @Nullable String maintenanceMessage,
        @Nullable String backup, @Nullable String restore) {}
