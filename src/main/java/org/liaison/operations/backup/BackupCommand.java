package org.liaison.operations.backup;

import java.nio.file.Path;

import org.liaison.operations.internal.OperationsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The backup and restore commands:
 * <pre>
 * java -jar liaison.jar --liaison.operations.backup=liaison-backup.zip
 * java -jar liaison.jar --liaison.operations.restore=liaison-backup.zip
 * </pre>
 * Either runs instead of the application (random port, no demo data, no jobs; see
 * {@link CommandEnvironment}) and exits with 0 on success, 1 on failure. It runs first among the
 * runners, before the first administrator is created, so a fresh instance is still empty.
 */
@Component
class BackupCommand implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private final OperationsSettings settings;
    private final BackupService backups;
    private final ConfigurableApplicationContext context;

    BackupCommand(OperationsSettings settings, BackupService backups, ConfigurableApplicationContext context) {
        this.settings = settings;
        this.backups = backups;
        this.context = context;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.backup() == null && settings.restore() == null) {
            return;
        }
        int code = 0;
        try {
            if (settings.backup() != null) {
                var manifest = backups.backup(Path.of(settings.backup()));
                log.info("Backup complete: {} tables, {} documents, schema version {}", manifest.tables().size(),
                        manifest.documents().size(), manifest.flyway());
            } else {
                var manifest = backups.restore(Path.of(settings.restore()), true, line -> log.info("Restore: {}", line));
                log.info("Restore complete: {} tables, {} documents; counts and fingerprints match the backup",
                        manifest.tables().size(), manifest.documents().size());
            }
        } catch (RuntimeException e) {
            log.error("{} failed: {}", settings.backup() != null ? "Backup" : "Restore", e.getMessage(), e);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
