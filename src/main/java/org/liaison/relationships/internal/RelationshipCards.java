package org.liaison.relationships.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.liaison.access.ReadScope;
import org.liaison.access.Role;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.OrganizationSummary;
import org.liaison.relationships.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL side of the board, the table and the coverage. Each relationship row carries a copy of
 * its organization's name, kind and country as {@link DirectoryQueries} reports them (its technology
 * areas in the child table {@code relationship_area}), and whether
 * a staff member outside every confidential group may see it; filters, sorting, paging and counts
 * run in the database over these columns. Rows of a page are then checked once more against the
 * directory for the current viewer (the directory's read rule decides, and names come fresh in the
 * viewer's language).
 */
@Component
public class RelationshipCards {

    static final int REFRESH_BATCH = 500;

    /** Stage constants in pipeline order, for sorting by stage in SQL. */
    static final String STAGE_ORDER;

    static {
        var order = new StringBuilder("case r.stage");
        for (Stage s : Stage.values()) {
            order.append(" when '").append(s.name()).append("' then ").append(s.ordinal());
        }
        STAGE_ORDER = order.append(" end").toString();
    }

    /** The table's sortable columns: a fixed list, so no parameter reaches the SQL text. */
    public enum Sort {
        NAME("r.organization_name"),
        COUNTRY("r.organization_country"),
        KIND("r.organization_kind"),
        STAGE(STAGE_ORDER),
        DUE("r.next_step_due"),
        CONTACT("r.last_contact"),
        UPDATED("r.updated_at");

        final String column;

        Sort(String column) {
            this.column = column;
        }

        public static Sort parse(@Nullable String value) {
            if (value == null) {
                return STAGE;
            }
            for (Sort s : values()) {
                if (s.name().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            return STAGE;
        }
    }

    private static final String COLUMNS = "r.id, r.version, r.organization_id, r.stage, r.owner_user_id, r.next_step, "
            + "r.next_step_due, r.last_contact, r.created_at, r.updated_at, r.organization_name, r.organization_kind, "
            + "r.organization_country";

    private final JdbcClient jdbc;
    private final DirectoryQueries directory;

    RelationshipCards(DataSource dataSource, DirectoryQueries directory) {
        this.jdbc = JdbcClient.create(dataSource);
        this.directory = directory;
    }

    // ---- queries

    /** One page of the filtered relationships in the given order, and how many there are in all. */
    RelationshipPage page(RelationshipFilter filter, Sort sort, boolean descending, int page, int size,
            ReadScope scope, Locale locale) {
        var where = Where.of(filter, scope);
        String direction = descending ? " desc" : " asc";
        String nulls = "case when " + sort.column + " is null then 1 else 0 end";
        var rows = jdbc.sql("select " + COLUMNS + " from relationship r" + where.sql + " order by " + nulls + ", "
                        + sort.column + direction + ", r.organization_name, r.id limit :limit offset :offset")
                .params(where.params).param("limit", size).param("offset", (long) page * size)
                .query(RelationshipCards::row).list();
        long total = jdbc.sql("select count(*) from relationship r" + where.sql).params(where.params)
                .query(Long.class).single();
        return new RelationshipPage(visible(rows, locale), page, size, total);
    }

    /** The cards of one board column: next step due first, then by name; {@code limit} at most. */
    List<RelationshipView> column(RelationshipFilter filter, Stage stage, int offset, int limit, ReadScope scope,
            Locale locale) {
        var where = Where.of(new RelationshipFilter(filter.country(), filter.kind(), stage, filter.owner(), filter.area()), scope);
        return visible(columnRows(where, offset, limit), locale);
    }

    /**
     * The board index's columns in full: the stage is fixed by the query, but H2 reads rows in index
     * order (and stops at the limit) only when the order names the index's columns from the first.
     */
    private static final String BOARD_ORDER = "r.stage, r.next_step_due, r.organization_name, r.id";

    /**
     * A column's rows in its order (next step due first, by date, then the undated; each by name),
     * read as two ranged queries instead of one ordered by a {@code case} expression, so that the
     * index {@code relationship_board} (stage, next_step_due, organization_name, id) delivers the
     * rows in order and the database stops after {@code limit} instead of sorting the whole stage.
     */
    private List<Row> columnRows(Where where, int offset, int limit) {
        assert where.params().containsKey("stage") : "a column is one stage";
        var dated = jdbc.sql("select " + COLUMNS + " from relationship r" + where.sql
                        + " and r.next_step_due is not null order by " + BOARD_ORDER
                        + " limit :limit offset :offset")
                .params(where.params).param("limit", limit).param("offset", offset)
                .query(RelationshipCards::row).list();
        if (dated.size() == limit) {
            return dated;
        }
        // past the dated rows: the undated ones continue the column; where they start depends on how
        // many dated rows the offset skipped, known without a count unless this page has none of them
        long undatedOffset = 0;
        if (dated.isEmpty() && offset > 0) {
            long datedCount = jdbc.sql("select count(*) from relationship r" + where.sql + " and r.next_step_due is not null")
                    .params(where.params).query(Long.class).single();
            undatedOffset = Math.max(0, offset - datedCount);
        }
        var undated = jdbc.sql("select " + COLUMNS + " from relationship r" + where.sql
                        + " and r.next_step_due is null order by " + BOARD_ORDER + " limit :limit offset :offset")
                .params(where.params).param("limit", limit - dated.size()).param("offset", undatedOffset)
                .query(RelationshipCards::row).list();
        if (dated.isEmpty()) {
            return undated;
        }
        var all = new ArrayList<Row>(dated);
        all.addAll(undated);
        return all;
    }

    /**
     * The first cards of several board columns: one SQL query per column, then one check of all
     * their organizations against the directory.
     */
    Map<Stage, List<RelationshipView>> columns(RelationshipFilter filter, Collection<Stage> stages, int limit,
            ReadScope scope, Locale locale) {
        var rows = new LinkedHashMap<Stage, List<Row>>();
        for (Stage stage : stages) {
            var where = Where.of(new RelationshipFilter(filter.country(), filter.kind(), stage, filter.owner(), filter.area()), scope);
            rows.put(stage, columnRows(where, 0, limit));
        }
        var all = visible(rows.values().stream().flatMap(List::stream).toList(), locale);
        var byId = new java.util.HashMap<UUID, RelationshipView>();
        all.forEach(v -> byId.put(v.id(), v));
        var result = new EnumMap<Stage, List<RelationshipView>>(Stage.class);
        rows.forEach((stage, list) -> result.put(stage, list.stream().map(r -> byId.get(r.id()))
                .filter(java.util.Objects::nonNull).toList()));
        return result;
    }

    /** How many relationships each stage holds under the filter (the stage filter itself ignored). */
    Map<Stage, Long> countsByStage(RelationshipFilter filter, ReadScope scope) {
        var where = Where.of(new RelationshipFilter(filter.country(), filter.kind(), null, filter.owner(), filter.area()), scope);
        var counts = new EnumMap<Stage, Long>(Stage.class);
        for (Stage s : Stage.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("select r.stage, count(*) from relationship r" + where.sql + " group by r.stage").params(where.params)
                .query((rs, n) -> Map.entry(Stage.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Per country (code order, null last): relationships by stage and by kind, counted in SQL. */
    List<CountryCoverage> coverage(RelationshipFilter filter, ReadScope scope) {
        var where = Where.of(filter, scope);
        var stages = new TreeMap<String, Map<Stage, Integer>>();
        var kinds = new TreeMap<String, Map<OrganizationKind, Integer>>();
        jdbc.sql("select r.organization_country, r.stage, count(*) from relationship r" + where.sql
                        + " group by r.organization_country, r.stage").params(where.params)
                .query((ResultSet rs) -> {
                    stages.computeIfAbsent(key(rs.getString(1)), c -> new EnumMap<>(Stage.class))
                            .put(Stage.valueOf(rs.getString(2)), rs.getInt(3));
                });
        jdbc.sql("select r.organization_country, r.organization_kind, count(*) from relationship r" + where.sql
                        + " and r.organization_kind is not null group by r.organization_country, r.organization_kind")
                .params(where.params)
                .query((ResultSet rs) -> {
                    kinds.computeIfAbsent(key(rs.getString(1)), c -> new EnumMap<>(OrganizationKind.class))
                            .put(OrganizationKind.valueOf(rs.getString(2)), rs.getInt(3));
                });
        var result = new ArrayList<CountryCoverage>();
        stages.forEach((country, byStage) -> {
            int total = byStage.values().stream().mapToInt(Integer::intValue).sum();
            boolean prospects = byStage.getOrDefault(Stage.PROSPECT, 0) > 0;
            boolean partner = byStage.keySet().stream().anyMatch(Stage::isPartner);
            result.add(new CountryCoverage(country.equals(NO_COUNTRY) ? null : country, total, byStage,
                    kinds.getOrDefault(country, Map.of()), prospects && !partner));
        });
        return result;
    }

    /** The owners that relationships have (user ids), for the owner filter. */
    List<UUID> owners() {
        return jdbc.sql("select distinct owner_user_id from relationship where owner_user_id is not null")
                .query(UUID.class).list();
    }

    /** The countries that relationships are in (codes), for the country filter. */
    List<String> countries() {
        return jdbc.sql("select distinct organization_country from relationship where organization_country is not null "
                + "order by organization_country").query(String.class).list();
    }

    /** The technology areas that relationships' organizations work in, for the area filter. */
    List<String> areas() {
        return jdbc.sql("select distinct area from relationship_area order by area").query(String.class).list();
    }

    // ---- the copy of the directory's facts

    /** Fills the copy where it is missing (rows written before it existed, or by SQL), in batches. */
    public int refreshMissing() {
        int changed = 0;
        while (true) {
            var ids = jdbc.sql("select id from relationship where organization_name is null order by id limit :limit")
                    .param("limit", REFRESH_BATCH).query(UUID.class).list();
            if (ids.isEmpty()) {
                return changed;
            }
            int done = refresh(ids);
            changed += done;
            if (done == 0) {
                return changed; // their organizations are unknown to the directory: nothing more to fill
            }
        }
    }

    /** Refreshes the copy for the relationships with this organization (one at most, in practice). */
    public int refreshOrganization(OrganizationId organization) {
        var ids = jdbc.sql("select id from relationship where organization_id = :organization")
                .param("organization", organization.value()).query(UUID.class).list();
        return ids.isEmpty() ? 0 : refresh(ids);
    }

    /** Refreshes the copy for the given relationships (all when null), reading the directory as the system. */
    public int refresh(@Nullable Collection<UUID> relationshipIds) {
        int changed = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            var batch = relationshipIds == null
                    ? jdbc.sql("select id, organization_id, organization_name, organization_kind, organization_country, "
                            + "organization_restricted from relationship where id > :after order by id limit :limit")
                            .param("after", after).param("limit", REFRESH_BATCH).query(Copy::of).list()
                    : jdbc.sql("select id, organization_id, organization_name, organization_kind, organization_country, "
                            + "organization_restricted from relationship where id in (:ids)")
                            .param("ids", relationshipIds.isEmpty() ? List.of(new UUID(0, 0)) : relationshipIds)
                            .query(Copy::of).list();
            if (batch.isEmpty()) {
                return changed;
            }
            var ids = batch.stream().map(c -> new OrganizationId(c.organization())).toList();
            var areas = areasOf(batch.stream().map(Copy::id).toList());
            Map<OrganizationId, OrganizationSummary> all = ViewerContext.call(Viewer.system("relationship-cards"),
                    () -> directory.summaries(ids));
            Set<OrganizationId> open = ViewerContext.call(PLAIN_STAFF, () -> directory.summaries(ids)).keySet();
            for (var copy : batch) {
                var id = new OrganizationId(copy.organization());
                var summary = all.get(id);
                if (summary == null) {
                    continue;
                }
                var fresh = new Copy(copy.id(), copy.organization(), summary.name(), summary.kind().name(),
                        summary.country(), !open.contains(id));
                var freshAreas = summary.technologyAreas().stream().distinct().sorted().toList();
                if (!freshAreas.equals(areas.getOrDefault(copy.id(), List.of()))) {
                    jdbc.sql("delete from relationship_area where relationship_id = :id").param("id", copy.id()).update();
                    for (String area : freshAreas) {
                        jdbc.sql("insert into relationship_area (relationship_id, area) values (:id, :area)")
                                .param("id", copy.id()).param("area", area).update();
                    }
                    if (fresh.equals(copy)) {
                        changed++;
                    }
                }
                if (!fresh.equals(copy)) {
                    changed += jdbc.sql("update relationship set organization_name = :name, organization_kind = :kind, "
                                    + "organization_country = :country, organization_restricted = :restricted where id = :id")
                            .param("name", fresh.name()).param("kind", fresh.kind()).param("country", fresh.country())
                            .param("restricted", fresh.restricted()).param("id", fresh.id()).update();
                }
            }
            if (relationshipIds != null) {
                return changed;
            }
            after = batch.getLast().id();
        }
    }

    /** The copied areas of the given relationships, each list sorted. */
    private Map<UUID, List<String>> areasOf(List<UUID> relationshipIds) {
        var result = new java.util.HashMap<UUID, List<String>>();
        jdbc.sql("select relationship_id, area from relationship_area where relationship_id in (:ids) "
                        + "order by relationship_id, area").param("ids", relationshipIds)
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return result;
    }

    /** A staff member in no confidential group: what such a viewer sees is open to all staff. */
    static final Viewer PLAIN_STAFF = new Viewer(null, "system:relationship-cards", Set.of(Role.COOPERATION_MANAGER),
            null, Set.of());

    record Copy(UUID id, UUID organization, @Nullable String name, @Nullable String kind, @Nullable String country,
            boolean restricted) {

        static Copy of(ResultSet rs, int n) throws SQLException {
            return new Copy(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getBoolean(6));
        }
    }

    // ---- helpers

    private static final String NO_COUNTRY = "~";

    private static String key(@Nullable String country) {
        return country == null ? NO_COUNTRY : country;
    }

    /** Rows the viewer may see, with the directory's current names in the viewer's language. */
    private List<RelationshipView> visible(List<Row> rows, Locale locale) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var summaries = directory.summaries(rows.stream().map(r -> new OrganizationId(r.organization())).toList());
        var views = new ArrayList<RelationshipView>();
        for (var r : rows) {
            var s = summaries.get(new OrganizationId(r.organization()));
            if (s != null) {
                views.add(new RelationshipView(r.id(), r.version(), s.id(), s.nameIn(locale), s.kind(), s.country(),
                        r.stage(), r.owner(), r.nextStep(), r.nextStepDue(), r.lastContact(), r.createdAt(),
                        r.updatedAt()));
            }
        }
        return views;
    }

    record Row(UUID id, long version, UUID organization, Stage stage, @Nullable UUID owner, @Nullable String nextStep,
            @Nullable LocalDate nextStepDue, @Nullable LocalDate lastContact, java.time.Instant createdAt,
            java.time.Instant updatedAt) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        var due = rs.getObject(7, LocalDate.class);
        var contact = rs.getObject(8, LocalDate.class);
        return new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getObject(3, UUID.class),
                Stage.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getString(6), due, contact,
                instant(rs, 9), instant(rs, 10));
    }

    private static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        var odt = rs.getObject(column, java.time.OffsetDateTime.class);
        return odt == null ? java.time.Instant.EPOCH : odt.toInstant();
    }

    /** The WHERE clause of a filter and a read scope, with named parameters only. */
    record Where(String sql, Map<String, Object> params) {

        static Where of(RelationshipFilter filter, ReadScope scope) {
            var parts = new ArrayList<String>();
            var params = new LinkedHashMap<String, Object>();
            switch (scope.kind()) {
                case ALL -> parts.add("1 = 1");
                // members of a confidential group get restricted rows too; each row is checked against
                // the directory before it is shown, so counts may include a few they cannot open
                case STAFF -> parts.add(scope.groups().isEmpty() ? "r.organization_restricted = false" : "1 = 1");
                case PARTNER, NONE -> parts.add("1 = 0");
            }
            if (filter.country() != null) {
                parts.add("r.organization_country = :country");
                params.put("country", filter.country().toUpperCase(Locale.ROOT));
            }
            if (filter.kind() != null) {
                parts.add("r.organization_kind = :kind");
                params.put("kind", filter.kind().name());
            }
            if (filter.stage() != null) {
                parts.add("r.stage = :stage");
                params.put("stage", filter.stage().name());
            }
            if (filter.owner() != null) {
                parts.add("r.owner_user_id = :owner");
                params.put("owner", filter.owner());
            }
            if (filter.area() != null) {
                parts.add("exists (select 1 from relationship_area a where a.relationship_id = r.id and a.area = :area)");
                params.put("area", filter.area());
            }
            return new Where(" where " + String.join(" and ", parts), params);
        }
    }
}
