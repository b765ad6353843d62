package org.liaison.operations.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: the Envers {@code _aud} tables of every module, found in the database's
 * metadata (so a module that adds audited entities is covered without a change here), joined
 * with {@code audit_revision} for who and when, and turned into changes with the fields before
 * and after. Element collections (names, roles, participants) show as a field of their owner.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** Columns that are bookkeeping, not content. */
    static final Set<String> NOT_CONTENT = Set.of("rev", "revtype", "version", "updated_at", "position", "setordinal");

    /** Most entries one search returns. */
    public static final int MAX_LIMIT = 5000;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private volatile @Nullable Map<String, AuditTable> tables;

    AuditTrail(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A field's value before and after a change; null where it had none. */
    public record Change(String field, @Nullable String before, @Nullable String after) {}

    /**
     * One change of one record.
     *
     * @param type   the record type: the audited table's name, e.g. {@code organization}
     * @param action CREATED, CHANGED or DELETED
     */
    public record Entry(long revision, Instant changedAt, String user, String type, String id, String action,
            List<Change> changes) {}

    /** One security event: LOGIN, LOGIN_FAILED, LOGOUT, ACCESS_DENIED, TOKEN_CREATED, TOKEN_REVOKED. */
    public record SecurityEvent(long id, Instant occurredAt, String kind, String user, @Nullable String remoteAddress,
            String detail) {}

    /** What to look for; every part optional. {@code to} is exclusive. */
    public record Query(@Nullable String type, @Nullable String id, @Nullable String user, @Nullable Instant from,
            @Nullable Instant to, int limit) {

        public Query {
            limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        }

        public static Query record(String type, String id) {
            return new Query(type, id, null, null, null, MAX_LIMIT);
        }
    }

    /** The record types with an audit trail, e.g. organization, person, engagement. */
    public List<String> types() {
        return tables().values().stream().filter(t -> t.owner() == null).map(AuditTable::type).sorted().toList();
    }

    /** Whether an audit table of this name exists, e.g. {@code person_name_aud}. */
    public boolean hasTable(String name) {
        return tables().containsKey(name);
    }

    /** Changes that match, newest first. */
    public List<Entry> search(Query query) {
        if (query.id() != null && !(idValue(query.id()) instanceof UUID)) {
            return List.of(); // every audited record's key is a UUID: any other text names none of them
        }
        var entries = new ArrayList<Entry>();
        for (var table : tables().values()) {
            if (table.owner() != null || (query.type() != null && !table.type().equalsIgnoreCase(query.type()))) {
                continue;
            }
            if (query.id() != null && table.keys().size() != 1) {
                continue;
            }
            entries.addAll(search(table, query));
        }
        entries.sort(Comparator.comparingLong(Entry::revision).reversed().thenComparing(Entry::type));
        return entries.size() > query.limit() ? List.copyOf(entries.subList(0, query.limit())) : entries;
    }

    /** The history of one record, newest first. */
    public List<Entry> history(String type, String id) {
        return search(Query.record(type, id));
    }

    public List<SecurityEvent> securityEvents(@Nullable String user, @Nullable Instant from, @Nullable Instant to, int limit) {
        var sql = new StringBuilder("select id, occurred_at, kind, username, remote_address, detail from audit_security_event where 1 = 1");
        var args = new ArrayList<Object>();
        if (user != null) {
            sql.append(" and username = ?");
            args.add(user);
        }
        if (from != null) {
            sql.append(" and occurred_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and occurred_at < ?");
            args.add(Timestamp.from(to));
        }
        sql.append(" order by id desc");
        var events = jdbc.query(sql.toString(), (rs, n) -> new SecurityEvent(rs.getLong("id"),
                instant(rs.getObject("occurred_at")), rs.getString("kind"), rs.getString("username"),
                rs.getString("remote_address"), rs.getString("detail")), args.toArray());
        int max = Math.max(1, Math.min(limit, MAX_LIMIT));
        return events.size() > max ? List.copyOf(events.subList(0, max)) : events;
    }

    private List<Entry> search(AuditTable table, Query query) {
        var sql = new StringBuilder("select a.*, r.changed_at as audit_changed_at, r.username as audit_username from ")
                .append(table.name()).append(" a join audit_revision r on r.id = a.rev where 1 = 1");
        var args = new ArrayList<Object>();
        if (query.id() != null) {
            sql.append(" and a.").append(table.keys().getFirst()).append(" = ?");
            args.add(idValue(query.id()));
        }
        if (query.user() != null) {
            sql.append(" and r.username = ?");
            args.add(query.user());
        }
        if (query.from() != null) {
            sql.append(" and r.changed_at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and r.changed_at < ?");
            args.add(Timestamp.from(query.to()));
        }
        sql.append(" order by a.rev desc");
        var rows = new ArrayList<Map<String, Object>>();
        jdbc.query(con -> {
            var statement = con.prepareStatement(sql.toString());
            statement.setMaxRows(query.limit());
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return statement;
        }, (ResultSet rs) -> {
            rows.add(row(rs));
        });
        var entries = new ArrayList<Entry>();
        for (var row : rows) {
            entries.add(entry(table, row));
        }
        return entries;
    }

    private Entry entry(AuditTable table, Map<String, Object> row) {
        long rev = ((Number) row.get("rev")).longValue();
        int revtype = ((Number) row.get("revtype")).intValue();
        String id = table.keys().stream().map(k -> String.valueOf(row.get(k))).reduce((a, b) -> a + "/" + b).orElse("");
        var keyArgs = table.keys().stream().map(row::get).toArray();
        String keyWhere = table.keys().stream().map(k -> k + " = ?").reduce((a, b) -> a + " and " + b).orElse("1 = 1");
        var previous = jdbc.query("select * from " + table.name() + " where " + keyWhere + " and rev < ? order by rev desc",
                rs -> rs.next() ? row(rs) : null, append(keyArgs, rev));
        var changes = new ArrayList<Change>();
        for (var column : row.keySet()) {
            if (NOT_CONTENT.contains(column) || table.keys().contains(column) || column.startsWith("audit_")) {
                continue;
            }
            String value = text(row.get(column));
            String before = switch (revtype) {
                case 0 -> null;
                case 2 -> value;
                default -> previous == null ? null : text(previous.get(column));
            };
            String after = revtype == 2 ? null : value;
            if (!Objects.equals(before, after)) {
                changes.add(new Change(column, before, after));
            }
        }
        if (table.keys().size() == 1) {
            for (var collection : tables().values()) {
                if (table.name().equals(collection.owner())) {
                    collectionChange(collection, keyArgs[0], rev).ifPresent(changes::add);
                }
            }
        }
        String action = switch (revtype) {
            case 0 -> "CREATED";
            case 2 -> "DELETED";
            default -> "CHANGED";
        };
        return new Entry(rev, instant(row.get("audit_changed_at")), (String) row.get("audit_username"),
                table.type(), id, action, changes);
    }

    /** Rows of an element collection added (revtype 0) and removed (2) in one revision. */
    private Optional<Change> collectionChange(AuditTable collection, Object owner, long rev) {
        var added = new ArrayList<String>();
        var removed = new ArrayList<String>();
        jdbc.query("select * from " + collection.name() + " where " + collection.keys().getFirst() + " = ? and rev = ?",
                (ResultSet rs) -> {
                    var row = row(rs);
                    var value = new StringBuilder();
                    row.forEach((column, v) -> {
                        if (!NOT_CONTENT.contains(column) && !collection.keys().contains(column) && v != null) {
                            value.append(value.isEmpty() ? "" : " ").append(text(v));
                        }
                    });
                    (((Number) row.get("revtype")).intValue() == 2 ? removed : added).add(value.toString());
                }, owner, rev);
        removed.removeIf(added::remove); // rewritten in place (a list reordered): not a change
        if (added.isEmpty() && removed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Change(collection.type(), removed.isEmpty() ? null : String.join("; ", removed),
                added.isEmpty() ? null : String.join("; ", added)));
    }

    private static Object[] append(Object[] values, Object last) {
        var all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }

    private static Object idValue(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notUuid) {
            return id;
        }
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        var row = new LinkedHashMap<String, Object>();
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
        }
        return row;
    }

    private static Instant instant(@Nullable Object value) {
        return switch (value) {
            case Timestamp ts -> ts.toInstant();
            case java.time.OffsetDateTime odt -> odt.toInstant();
            case Instant i -> i;
            case null, default -> throw new IllegalStateException("Not a timestamp: " + value);
        };
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().toString();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant().toString();
        }
        return value.toString();
    }

    /**
     * An audit table. A main table has its record's key columns; an element collection's table
     * names its {@code owner} (the main audit table) and has the owner's id column as its key.
     */
    record AuditTable(String name, String type, List<String> keys, @Nullable String owner) {}

    Map<String, AuditTable> tables() {
        var known = tables;
        if (known == null) {
            known = discover();
            tables = known;
        }
        return known;
    }

    private Map<String, AuditTable> discover() {
        try (Connection con = dataSource.getConnection()) {
            var meta = con.getMetaData();
            var names = new ArrayList<String>();
            try (var rs = meta.getTables(con.getCatalog(), con.getSchema(), "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (name.endsWith("_aud")) {
                        names.add(name);
                    }
                }
            }
            var primaryKeys = new TreeMap<String, List<String>>();
            for (String name : names) {
                var keys = new ArrayList<String>();
                try (var rs = meta.getPrimaryKeys(con.getCatalog(), con.getSchema(), storedName(meta, name))) {
                    while (rs.next()) {
                        String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        if (!column.equals("rev") && !column.equals("revtype") && !column.equals("position")
                                && !column.equals("setordinal")) {
                            keys.add(column);
                        }
                    }
                }
                keys.sort(Comparator.naturalOrder());
                primaryKeys.put(name, keys);
            }
            var mains = primaryKeys.entrySet().stream().filter(e -> e.getValue().contains("id")).map(Map.Entry::getKey).toList();
            var result = new TreeMap<String, AuditTable>();
            for (var e : primaryKeys.entrySet()) {
                String name = e.getKey();
                String type = name.substring(0, name.length() - "_aud".length());
                if (e.getValue().contains("id")) {
                    result.put(name, new AuditTable(name, type, List.of("id"), null));
                    continue;
                }
                String owner = mains.stream()
                        .filter(m -> !m.equals(name) && name.startsWith(m.substring(0, m.length() - "_aud".length()) + "_"))
                        .max(Comparator.comparingInt(String::length)).orElse(null);
                var ownerColumn = owner == null ? java.util.Optional.<String>empty() : ownerColumn(owner, e.getValue());
                if (owner != null && ownerColumn.isPresent()) {
                    String field = type.substring(owner.length() - "_aud".length() + 1);
                    result.put(name, new AuditTable(name, field, List.of(ownerColumn.get()), owner));
                } else {
                    result.put(name, new AuditTable(name, type, e.getValue(), null));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's audit tables", e);
        }
    }

    /**
     * The column of a collection table that holds its owner's id: {@code news_item_id} in
     * {@code news_item_engagement_aud} (owner {@code news_item_aud}), not {@code engagement_id}; failing
     * that a column named after the owner's last word ({@code item_id}), then the first {@code _id} column.
     */
    static java.util.Optional<String> ownerColumn(String ownerTable, List<String> columns) {
        String ownerType = ownerTable.substring(0, ownerTable.length() - "_aud".length());
        var ids = columns.stream().filter(c -> c.endsWith("_id")).toList();
        return ids.stream().filter(c -> c.equals(ownerType + "_id")).findFirst()
                .or(() -> ids.stream().filter(c -> ownerType.endsWith("_" + c.substring(0, c.length() - 3))).findFirst())
                .or(() -> ids.stream().findFirst());
    }

    /** Table names as the database stores them (H2 upper case, PostgreSQL lower case). */
    private static String storedName(java.sql.DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }
}
