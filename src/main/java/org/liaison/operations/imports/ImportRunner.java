package org.liaison.operations.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryCommands;
import org.liaison.directory.DirectoryImports;
import org.liaison.directory.DirectoryImports.ImportedOrganization;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.relationships.RelationshipCommands;
import org.liaison.shared.LiaisonSettings;
import org.liaison.shared.MaintenanceMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports: claims a job (once across nodes: an atomic update of the job row), reads its file
 * and writes each batch of rows through the directory's and relationships' facades, as the user who
 * started it. A batch's records, its ledger rows and the job's progress commit in ONE transaction,
 * so after a crash (kill -9, lost database) the job resumes after its last committed batch and no
 * partial batch exists. A resumed job skips the rows the ledger has, and its planner learns which
 * organizations the job created, so rows are classified as in an uninterrupted run.
 */
@Component
public class ImportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportLedger ledger;
    private final DirectoryImports directoryImports;
    private final DirectoryCommands directory;
    private final RelationshipCommands relationships;
    private final UserAccounts accounts;
    private final MaintenanceMode maintenance;
    private final LiaisonSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final Duration staleAfter;
    private final String owner = "node-" + UUID.randomUUID();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "liaison-import");
        t.setDaemon(true);
        return t;
    });

    ImportRunner(ImportLedger ledger, DirectoryImports directoryImports, DirectoryCommands directory,
            RelationshipCommands relationships, UserAccounts accounts, MaintenanceMode maintenance,
            LiaisonSettings settings, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${liaison.imports.batch-size:200}") int batchSize,
            @Value("${liaison.imports.stale-after:PT30S}") Duration staleAfter) {
        this.ledger = ledger;
        this.directoryImports = directoryImports;
        this.directory = directory;
        this.relationships = relationships;
        this.accounts = accounts;
        this.maintenance = maintenance;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.batchSize = Math.max(1, batchSize);
        this.staleAfter = staleAfter;
    }

    /** How many runs stopped because the database went away (and resume later). */
    private final java.util.concurrent.atomic.AtomicInteger databasePauses = new java.util.concurrent.atomic.AtomicInteger();

    /** How many runs on this node paused because the database was unavailable. */
    int databasePauses() {
        return databasePauses.get();
    }

    /** Jobs queued or running on this node: a stale check does not queue them again. */
    private final java.util.Set<UUID> local = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Runs the job on this node's import thread, if no other node has it. */
    public void runSoon(UUID id) {
        if (local.add(id)) {
            executor.submit(() -> {
                try {
                    run(id);
                } finally {
                    local.remove(id);
                }
            });
        }
    }

    /** Queues every job that is queued or whose node stopped (crashed, killed); returns how many. */
    public int resumeStale() {
        var ids = ledger.claimable(clock.instant().minus(staleAfter));
        ids.forEach(this::runSoon);
        if (!ids.isEmpty()) {
            log.info("Resuming {} import(s)", ids.size());
        }
        return ids.size();
    }

    /** Claims and runs a job to its end on the calling thread; false when it was not claimable. */
    public boolean run(UUID id) {
        var now = clock.instant();
        if (!ledger.claim(id, owner, now, now.minus(staleAfter))) {
            return false;
        }
        try {
            var job = ledger.find(id).orElseThrow();
            Viewer viewer = job.createdBy() == null ? Viewer.system("imports") : accounts.viewerOf(job.createdBy());
            ViewerContext.run(viewer, () -> process(job));
        } catch (Paused paused) {
            log.info("Import {} paused: {}", id, paused.getMessage());
        } catch (RuntimeException e) {
            if (databaseUnavailable(e)) {
                // The batch rolled back; the job stays running with its last heartbeat, so once the
                // database is back the resume check (here or on another node) takes it over after
                // stale-after and goes on after its last committed batch.
                log.warn("Import {} paused: the database is unavailable ({})", id, e.getMessage());
                databasePauses.incrementAndGet();
                return true;
            }
            log.warn("Import {} failed", id, e);
            try {
                ledger.fail(id, owner, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
            } catch (RuntimeException notRecorded) {
                log.warn("Import {}: its failure could not be recorded; it resumes when found stale", id, notRecorded);
            }
        }
        return true;
    }

    /**
     * Whether a failure means the database (or the connection to it) went away, not that the rows
     * are wrong: connection errors (SQLSTATE class 08), a server shutting down, crashed or starting
     * (57P01-57P03), a pool that could not hand out a connection, and Spring's and Hibernate's
     * translations of these. Such a batch is retried, never reported as the job's failure.
     */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            // The pool closed a broken connection under the batch (HikariCP says so without a
            // SQLSTATE), or the batch's rollback failed: then the rollback's exception replaces the
            // batch's own (Spring logs "Application exception overridden by rollback exception"),
            // and a transaction that cannot roll back has lost its connection.
            if (t instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            if ((t instanceof org.hibernate.TransactionException || t instanceof TransactionSystemException)
                    && t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("roll")) {
                return true;
            }
        }
        return false;
    }

    private void process(ImportJob job) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(ImportService.file(settings, job.id()));
        } catch (IOException e) {
            throw new IllegalStateException("The import's file is gone: " + e.getMessage(), e);
        }
        var mapping = ColumnMapping.parse(job.mapping());
        var planner = transactions.execute(status -> new ImportPlanner(directoryImports.organizations(),
                directoryImports.people(), ledger.createdBy(job.id())));
        var run = new Run();
        var pending = new ArrayList<Object>();
        int[] batchNo = {job.batches()};
        ImportReader.read(bytes, mapping, h -> {}, new ImportReader.RowSink() {
            @Override
            public void good(ImportRow row) {
                add(row.row(), row);
            }

            @Override
            public void bad(BadRow row) {
                add(row.row(), row);
            }

            private void add(int rowNumber, Object item) {
                if (rowNumber <= job.lastRow()) {
                    return; // committed before the interruption
                }
                pending.add(item);
                if (pending.size() >= batchSize) {
                    commit(job, planner, run, pending, ++batchNo[0]);
                    pending.clear();
                }
            }
        });
        if (!pending.isEmpty()) {
            commit(job, planner, run, pending, ++batchNo[0]);
        }
        ledger.finish(job.id(), owner, clock.instant());
        log.info("Import {} done", job.id());
    }

    private void commit(ImportJob job, ImportPlanner planner, Run run, List<Object> items, int batchNo) {
        if (maintenance.active()) {
            throw new Paused("maintenance");
        }
        transactions.executeWithoutResult(status -> {
            var results = new ArrayList<RowResult>();
            var ids = new ArrayList<ImportLedger.LedgerIds>();
            var counts = ImportCounts.NONE;
            for (var item : items) {
                RowResult result;
                ImportLedger.LedgerIds written;
                if (item instanceof BadRow bad) {
                    result = RowResult.bad(bad);
                    written = new ImportLedger.LedgerIds(null, null);
                } else {
                    var plan = planner.plan((ImportRow) item);
                    written = apply(plan, job.fileName(), run);
                    result = RowResult.of(plan);
                }
                results.add(result);
                ids.add(written);
                counts = counts.plus(result.counts());
            }
            if (!ledger.commitBatch(job.id(), owner, batchNo, results, ids, counts, clock.instant())) {
                throw new Paused("another node has taken the import over");
            }
        });
    }

    /** Writes one planned row through the facades; returns the ids for the ledger. */
    private ImportLedger.LedgerIds apply(ImportPlanner.Plan plan, String fileName, Run run) {
        var row = plan.row();
        var target = plan.target();
        switch (plan.outcome()) {
            case NEW -> {
                var aliases = row.aliases().stream()
                        .filter(a -> !Names.normalize(a).equals(Names.normalize(row.organization()))).toList();
                // every field at once, written with the batch (no second write to fill city and website)
                target.created(directoryImports.register(new ImportedOrganization(row.organization(), aliases,
                        row.kind() == null ? OrganizationKind.OTHER : row.kind(), row.country(), row.city(),
                        row.website(), row.description())));
            }
            case UPDATED, DUPLICATE, UNCHANGED -> {
                if (!plan.fill().isEmpty()) {
                    var fill = plan.fill();
                    directoryImports.fillEmpty(id(target), new DirectoryImports.Fill(
                            fill.contains("kind") ? row.kind() : null, fill.contains("country") ? row.country() : null,
                            fill.contains("city") ? row.city() : null, fill.contains("website") ? row.website() : null,
                            fill.contains("description") ? row.description() : null, plan.newAliases()));
                }
            }
        }
        var organization = id(target);
        java.util.UUID personId = null;
        var person = plan.person();
        if (person != null) {
            if (person.id() == null) {
                person.created(directoryImports.registerPerson(person.name()));
                run.peopleCreated.add(person.id());
            }
            personId = person.id().value();
            if (!run.peopleCreated.contains(person.id())) {
                directory.affiliate(person.id(), organization, row.role()); // looks for an existing one
            } else if (run.affiliations.add(personId + "|" + organization.value())) {
                // a person this run created has only the affiliations this run made
                directoryImports.affiliateNewPerson(person.id(), organization, row.role());
            }
        }
        if (row.stage() != null) {
            relationships.interestShown(organization, row.stage(), reason(fileName, row.row()));
        }
        return new ImportLedger.LedgerIds(organization.value(), personId);
    }

    private static OrganizationId id(ImportPlanner.Entry entry) {
        var id = entry.id();
        if (id == null) {
            throw new IllegalStateException("The organization of " + entry.name() + " was not created");
        }
        return id;
    }

    private static String reason(String fileName, int row) {
        String r = "Import of " + fileName + ", row " + row;
        return r.length() > 500 ? r.substring(0, 500) : r;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /**
     * What one run of a job (from its claim to its end, pause or failure) wrote beside the ledger:
     * the people it created and their affiliations. A failed batch ends the run, so these hold only
     * committed records or those of the batch being written.
     */
    private static final class Run {
        final java.util.Set<org.liaison.directory.PersonId> peopleCreated = new java.util.HashSet<>();
        final java.util.Set<String> affiliations = new java.util.HashSet<>();
    }

    /** A job stops without failing: it resumes later (maintenance, or another node took it). */
    static final class Paused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Paused(@Nullable String why) {
            super(why, null, false, false);
        }
    }
}
