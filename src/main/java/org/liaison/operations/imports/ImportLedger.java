package org.liaison.operations.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The import tables: jobs, committed batches and one ledger row per file row. Plain SQL, so a
 * batch's ledger rows and its job update join the transaction that wrote the batch's records.
 */
@Component
public class ImportLedger {

    private final JdbcTemplate jdbc;

    ImportLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create(ImportJob job) {
        jdbc.update("insert into import_job (id, file_name, fingerprint, size_bytes, excel, mapping, status, created_by, "
                + "created_by_name, created_at, rows_done, last_row, batches, created_count, updated_count, "
                + "unchanged_count, duplicate_count, bad_count, people_count, affiliation_count, relationship_count, "
                + "total_rows) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?)",
                job.id(), job.fileName(), job.fingerprint(), job.sizeBytes(), job.excel(), job.mapping(), job.status(),
                job.createdBy(), job.createdByName(), Timestamp.from(job.createdAt()), job.totalRows());
    }

    public Optional<ImportJob> find(UUID id) {
        return jdbc.query("select * from import_job where id = ?", ImportLedger::job, id).stream().findFirst();
    }

    public List<ImportJob> recent(int limit) {
        return jdbc.query("select * from import_job order by created_at desc, id limit ?", ImportLedger::job, limit);
    }

    /** Jobs with the same file contents that completed, newest first. */
    List<ImportJob> doneWithFingerprint(String fingerprint) {
        return jdbc.query("select * from import_job where fingerprint = ? and status = 'done' order by finished_at desc",
                ImportLedger::job, fingerprint);
    }

    void mapping(UUID id, String mapping) {
        jdbc.update("update import_job set mapping = ? where id = ? and status = 'mapping'", mapping, id);
    }

    void queue(UUID id, Instant now) {
        jdbc.update("update import_job set status = 'queued', started_at = ?, failure = null "
                + "where id = ? and status in ('mapping', 'failed')", Timestamp.from(now), id);
    }

    /** Jobs a node may take: queued ones, and running ones whose node stopped beating before {@code staleBefore}. */
    List<UUID> claimable(Instant staleBefore) {
        return jdbc.queryForList("select id from import_job where status = 'queued' "
                + "or (status = 'running' and (heartbeat_at is null or heartbeat_at < ?)) order by created_at",
                UUID.class, Timestamp.from(staleBefore));
    }

    /** Takes a job for {@code owner}, unless another node took it first; true when taken. */
    boolean claim(UUID id, String owner, Instant now, Instant staleBefore) {
        return jdbc.update("update import_job set status = 'running', owner = ?, heartbeat_at = ? where id = ? and "
                + "(status = 'queued' or (status = 'running' and (heartbeat_at is null or heartbeat_at < ?)))",
                owner, Timestamp.from(now), id, Timestamp.from(staleBefore)) == 1;
    }

    /** Keeps the job's claim alive; false when another node has taken it over. */
    boolean beat(UUID id, String owner, Instant now) {
        return jdbc.update("update import_job set heartbeat_at = ? where id = ? and owner = ? and status = 'running'",
                Timestamp.from(now), id, owner) == 1;
    }

    /**
     * Records a committed batch: its rows in the ledger, the batch, and the job's progress. Runs in
     * the batch's transaction; false (and nothing written) when the job is no longer this node's.
     */
    boolean commitBatch(UUID id, String owner, int batchNo, List<RowResult> rows, List<LedgerIds> ids,
            ImportCounts counts, Instant now) {
        int first = rows.getFirst().row();
        int last = rows.getLast().row();
        int updated = jdbc.update("update import_job set rows_done = rows_done + ?, last_row = ?, batches = ?, "
                + "created_count = created_count + ?, updated_count = updated_count + ?, "
                + "unchanged_count = unchanged_count + ?, duplicate_count = duplicate_count + ?, bad_count = bad_count + ?, "
                + "people_count = people_count + ?, affiliation_count = affiliation_count + ?, "
                + "relationship_count = relationship_count + ?, heartbeat_at = ? "
                + "where id = ? and owner = ? and status = 'running' and last_row < ?",
                rows.size(), last, batchNo, counts.created(), counts.updated(), counts.unchanged(), counts.duplicates(),
                counts.bad(), counts.people(), counts.affiliations(), counts.relationships(), Timestamp.from(now), id,
                owner, first);
        if (updated != 1) {
            return false;
        }
        jdbc.update("insert into import_batch (job_id, batch_no, first_row, last_row, row_count, committed_at) "
                + "values (?, ?, ?, ?, ?, ?)", id, batchNo, first, last, rows.size(), Timestamp.from(now));
        var args = new java.util.ArrayList<Object[]>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            var ledgerIds = ids.get(i);
            args.add(new Object[] {id, r.row(), batchNo, r.key(), r.outcome(), ledgerIds.organization(),
                    ledgerIds.person(), r.duplicateOf() == 0 ? null : r.duplicateOf(), r.detail()});
        }
        jdbc.batchUpdate("insert into import_row (job_id, row_no, batch_no, row_key, outcome, organization_id, person_id, "
                + "duplicate_of, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", args);
        return true;
    }

    /** The records a ledger row points to. */
    record LedgerIds(@Nullable UUID organization, @Nullable UUID person) {}

    void finish(UUID id, String owner, Instant now) {
        jdbc.update("update import_job set status = 'done', finished_at = ?, owner = null where id = ? and owner = ?",
                Timestamp.from(now), id, owner);
    }

    void fail(UUID id, String owner, String failure, Instant now) {
        jdbc.update("update import_job set status = 'failed', finished_at = ?, owner = null, failure = ? "
                + "where id = ? and owner = ?", Timestamp.from(now),
                failure.length() > 2000 ? failure.substring(0, 2000) : failure, id, owner);
    }

    /** The organizations this job created, with the rows that created them (for resuming). */
    Map<OrganizationId, Integer> createdBy(UUID id) {
        var out = new HashMap<OrganizationId, Integer>();
        jdbc.query("select organization_id, row_no from import_row where job_id = ? and outcome = 'new'",
                rs -> {
                    out.put(new OrganizationId(rs.getObject(1, UUID.class)), rs.getInt(2));
                }, id);
        return out;
    }

    /** The ledger rows of a job in file order, from row {@code after} on, {@code limit} at most. */
    public List<RowResult> rows(UUID id, int after, int limit) {
        return jdbc.query("select * from import_row where job_id = ? and row_no > ? order by row_no limit ?",
                (rs, n) -> new RowResult(rs.getInt("row_no"), rs.getString("outcome"), "", rs.getString("row_key"),
                        rs.getInt("duplicate_of"), rs.getString("detail"), null, false, false, false),
                id, after, limit);
    }

    /** Ledger rows worth a line in the report: bad rows, duplicates, filled fields and conflicts. */
    public List<RowResult> reportRows(UUID id) {
        return jdbc.query("select * from import_row where job_id = ? and (outcome in ('bad', 'duplicate') "
                + "or detail is not null) order by row_no",
                (rs, n) -> new RowResult(rs.getInt("row_no"), rs.getString("outcome"), "", rs.getString("row_key"),
                        rs.getInt("duplicate_of"), rs.getString("detail"), null, false, false, false),
                id);
    }

    /** Ledger facts for checks: rows and rows per outcome, batches and rows counted in batches. */
    public record Totals(int rows, int created, int batches, int rowsInBatches, int rowsBeyondLastBatch) {}

    public Totals totals(UUID id) {
        Integer rows = jdbc.queryForObject("select count(*) from import_row where job_id = ?", Integer.class, id);
        Integer created = jdbc.queryForObject("select count(*) from import_row where job_id = ? and outcome = 'new'",
                Integer.class, id);
        Integer batches = jdbc.queryForObject("select count(*) from import_batch where job_id = ?", Integer.class, id);
        Integer inBatches = jdbc.queryForObject("select coalesce(sum(row_count), 0) from import_batch where job_id = ?",
                Integer.class, id);
        Integer beyond = jdbc.queryForObject("select count(*) from import_row r where job_id = ? and not exists "
                + "(select 1 from import_batch b where b.job_id = r.job_id and b.batch_no = r.batch_no "
                + "and r.row_no between b.first_row and b.last_row)", Integer.class, id);
        return new Totals(rows, created, batches, inBatches, beyond);
    }

    private static ImportJob job(ResultSet rs, int n) throws SQLException {
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("fingerprint"),
                rs.getLong("size_bytes"), rs.getBoolean("excel"), rs.getString("mapping"), rs.getString("status"),
                rs.getObject("created_by", UUID.class), rs.getString("created_by_name"),
                instant(rs.getTimestamp("created_at")), nullableInstant(rs.getTimestamp("started_at")),
                nullableInstant(rs.getTimestamp("finished_at")), rs.getInt("total_rows"), rs.getInt("rows_done"),
                rs.getInt("last_row"), rs.getInt("batches"),
                new ImportCounts(rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"),
                        rs.getInt("duplicate_count"), rs.getInt("bad_count"), rs.getInt("people_count"),
                        rs.getInt("affiliation_count"), rs.getInt("relationship_count")),
                rs.getString("failure"));
    }

    private static Instant instant(Timestamp ts) {
        return ts.toInstant();
    }

    private static @Nullable Instant nullableInstant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
