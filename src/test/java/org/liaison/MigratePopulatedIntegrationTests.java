package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * RELIABILITY item 21, migrations on the previous release's populated data: an empty database is
 * migrated with only the migrations the previous release (session 2's main, commit a24f40d) had,
 * filled through SQL with a few hundred generated rows of every module that existed then, and then
 * migrated to the latest schema the way the application does it (out of order: this release added
 * V2_100 below the previous release's V2_900). Flyway validates, every count is kept, sampled values
 * (names in four scripts, exact money, instants, the fund checklists V7_002 rewrites) survive, and
 * the application starts on the result (Hibernate validates its mapping against the schema) and
 * reads an organization through the directory's facade. H2 normally, PostgreSQL under -Ppostgres.
 */
@Tag("persistence")
class MigratePopulatedIntegrationTests {

    /** The migrations of the previous release (session 2's main, a24f40d), in the order it ran them. */
    static final List<String> PREVIOUS_RELEASE = List.of(
            "V1_001__shared_instance_and_events.sql", "V1_002__shedlock.sql", "V2_001__access.sql",
            "V2_002__login_failures.sql", "V2_900__access_audit.sql", "V3_001__directory.sql",
            "V3_900__directory_audit.sql", "V4_001__relationships.sql", "V4_002__relationships_engagement_parties.sql",
            "V4_003__relationship_cards.sql", "V4_900__relationships_audit.sql", "V4_901__relationships_audit_cards.sql",
            "V5_001__engagements.sql", "V5_002__engagement_proposed_stage.sql", "V5_900__engagements_audit.sql",
            "V5_901__engagements_audit_proposed_stage.sql", "V6_001__agreements.sql", "V7_001__fund.sql",
            "V10_001__news.sql", "V11_001__ingest.sql", "V12_001__operations_maintenance.sql",
            "V12_002__operations_audit.sql", "V13_001__documents.sql");

    static final String[] NAMES = {"Sample Technopark %d", "Технопарк-образец %d", "示例科技园 %d", "サンプル・テクノパーク %d"};

    @TempDir
    Path folder;

    ConfigurableApplicationContext application;
    Runnable dropSchema = () -> {};

    static boolean onPostgres() {
        return System.getProperty("spring.profiles.active", "").contains("postgres-test");
    }

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
        dropSchema.run();
    }

    @Test
    void thePreviousReleasesPopulatedDatabaseMigratesToTheLatestAndTheApplicationRunsOnIt() throws Exception {
        String schema = "t_mig_" + Long.toUnsignedString(new Random().nextLong(), 36);
        String url;
        String user;
        String password;
        if (onPostgres()) {
            url = env("LIAISON_TEST_PG_URL", "jdbc:postgresql://localhost:5432/liaison_test") + "?currentSchema=" + schema;
            user = env("LIAISON_TEST_PG_USER", "liaison");
            password = env("LIAISON_TEST_PG_PASSWORD", "liaison");
        } else {
            url = "jdbc:h2:mem:migrate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
        }
        var dataSource = new DriverManagerDataSource(url, user, password);
        var jdbc = new JdbcTemplate(dataSource);
        if (onPostgres()) {
            dropSchema = () -> jdbc.execute("drop schema if exists " + schema + " cascade");
        }

        // 1. The previous release's schema, from its own migration files only.
        Path previous = Files.createDirectories(folder.resolve("previous"));
        for (var name : PREVIOUS_RELEASE) {
            try (InputStream in = getClass().getResourceAsStream("/db/migration/common/" + name)) {
                assertThat(in).as(name).isNotNull();
                Files.copy(in, previous.resolve(name));
            }
        }
        var before = flyway(dataSource, schema, "filesystem:" + previous).migrate();
        assertThat(before.migrationsExecuted).isEqualTo(PREVIOUS_RELEASE.size());

        // 2. Populate it through SQL, as the previous release would have left it.
        var expected = populate(jdbc);
        assertThat(counts(jdbc, expected.keySet())).isEqualTo(expected);

        // 3. Migrate to the latest schema, the way the application's Flyway settings do.
        var latest = flyway(dataSource, schema, "classpath:db/migration/common");
        var after = latest.migrate();
        assertThat(after.success).isTrue();
        assertThat(after.migrationsExecuted).isPositive();
        latest.validate();
        assertThat(latest.info().pending()).isEmpty();
        // (on PostgreSQL the history also holds Flyway's unversioned schema-creation marker)
        var versioned = java.util.Arrays.stream(latest.info().applied()).filter(m -> m.getVersion() != null).toList();
        assertThat(versioned).extracting(m -> m.getVersion().getVersion())
                .contains("2.100", "4.004", "4.005", "7.002", "9.001", "12.100");
        assertThat(versioned).extracting(m -> m.getState())
                .containsOnly(MigrationState.SUCCESS, MigrationState.OUT_OF_ORDER);

        // 4. Counts kept, sampled values intact, this release's data migration right.
        assertThat(counts(jdbc, expected.keySet())).isEqualTo(expected);
        assertSampledValues(jdbc);
        assertThat(jdbc.queryForList("select count(*) from fund_checklist_item where item_no <> position or required = false",
                Integer.class)).containsExactly(0);
        assertThat(jdbc.queryForList("select checklist_next_item from fund order by name", Integer.class))
                .containsOnly(CHECKLIST.length);
        assertThat(jdbc.queryForList("select count(*) from deal_check where item_no <> position", Integer.class))
                .containsExactly(0);
        for (var table : List.of("second_factor", "recovery_code", "relationship_area", "import_job")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }

        // 5. The application starts on it: Flyway finds nothing to do, Hibernate validates the schema.
        var args = new ArrayList<>(List.of(
                "--spring.profiles.active=" + (onPostgres() ? "test,postgres-test" : "test"),
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--server.port=0", "--liaison.demo.enabled=false",
                "--liaison.data-dir=" + folder.resolve("data")));
        if (onPostgres()) {
            args.addAll(List.of("--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema));
        }
        application = new SpringApplicationBuilder(LiaisonApplication.class).run(args.toArray(String[]::new));
        var queries = application.getBean(DirectoryQueries.class);
        var summary = ViewerContext.call(Viewer.system("migrate-populated-test"),
                () -> queries.summary(new OrganizationId(id("organization", 17))));
        assertThat(summary).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo(NAMES[17 % 4].formatted(17));
            assertThat(s.names()).extracting(n -> n.text()).contains("ST-17");
        });
        // Nothing lost at start either; the news module adds its seed topics beside the existing ones.
        var running = new JdbcTemplate(application.getBean(javax.sql.DataSource.class));
        var keptAtStart = new LinkedHashMap<>(expected);
        keptAtStart.remove("news_topic");
        assertThat(counts(running, keptAtStart.keySet())).isEqualTo(keptAtStart);
        assertThat(running.queryForObject("select count(*) from news_topic where slug like 'sample-topic-%'",
                Integer.class)).isEqualTo(expected.get("news_topic"));
    }

    static Flyway flyway(javax.sql.DataSource dataSource, String schema, String location) {
        var locations = new ArrayList<>(List.of(location));
        var config = Flyway.configure().dataSource(dataSource).outOfOrder(true)
                .placeholders(Map.of("liaison_app_role", ""));
        if (onPostgres()) {
            locations.add("classpath:db/migration/postgresql");
            config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        return config.locations(locations.toArray(String[]::new)).load();
    }

    static String env(String name, String otherwise) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** A stable id per table and number, so checks can find the rows again. */
    static UUID id(String table, int n) {
        return UUID.nameUUIDFromBytes((table + "#" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static final OffsetDateTime T0 = OffsetDateTime.of(2025, 3, 14, 9, 26, 53, 0, ZoneOffset.UTC);
    static final String[] CHECKLIST = {"Legal review", "Technology audit", "Financial model"};
    static final String[] KINDS = {"TECHNOPARK", "UNIVERSITY", "CORPORATION", "RESEARCH_CENTRE", "INVESTMENT_FUND"};
    static final String[] COUNTRIES = {"RU", "CN", "JP", "KZ", "IN"};
    static final String[] STAGES = {"PROSPECT", "CONTACTED", "ENGAGED", "NEGOTIATING", "AGREEMENT", "ACTIVE", "DORMANT"};

    /** Fills every module's tables of the previous release; returns the rows per table. */
    static Map<String, Integer> populate(JdbcTemplate jdbc) {
        var random = new Random(21);
        var rows = new LinkedHashMap<String, List<Object[]>>();
        for (int i = 0; i < 5; i++) {
            rows.computeIfAbsent("user_account", t -> new ArrayList<>()).add(new Object[] {id("user", i), 0,
                    "sample-user-" + i, "sample-user-" + i, "Sample user " + i, "{noop}not-a-password", null, true,
                    i % 2 == 0 ? "ru" : "ja", T0, T0, T0});
            rows.computeIfAbsent("user_account_role", t -> new ArrayList<>()).add(new Object[] {id("user", i),
                    i == 0 ? "ADMINISTRATOR" : "COOPERATION_MANAGER"});
        }
        for (int i = 0; i < 300; i++) {
            var at = T0.plusHours(i);
            rows.computeIfAbsent("organization", t -> new ArrayList<>()).add(new Object[] {id("organization", i), i % 3,
                    KINDS[i % KINDS.length], COUNTRIES[i % COUNTRIES.length], "City " + i,
                    i % 4 == 0 ? null : "https://org-" + i + ".example", "Sample organization " + i + " · 样本 · サンプル",
                    null, i % 10 == 0 ? "SHARED" : "INTERNAL", i % 10 == 0 ? id("organization", 1) + "" : "", null, at, at});
            rows.computeIfAbsent("organization_name", t -> new ArrayList<>()).add(new Object[] {id("organization", i), 0,
                    NAMES[i % 4].formatted(i), new String[] {"en", "ru", "zh", "ja"}[i % 4], true, false});
            if (i % 3 == 2 || i == 17) {
                rows.get("organization_name").add(new Object[] {id("organization", i), 1, "ST-" + i, "en", false, true});
            }
            rows.computeIfAbsent("organization_technology_area", t -> new ArrayList<>()).add(new Object[] {
                    id("organization", i), new String[] {"biomedicine", "energy", "IT", "space"}[i % 4]});
        }
        for (int i = 0; i < 200; i++) {
            rows.computeIfAbsent("person", t -> new ArrayList<>()).add(new Object[] {id("person", i), 0,
                    "Sample person " + i, null, "INTERNAL", "", null, T0, T0});
            rows.computeIfAbsent("person_name", t -> new ArrayList<>()).add(new Object[] {id("person", i), 0,
                    "Sample Person " + i, "en", true, false});
            rows.computeIfAbsent("affiliation", t -> new ArrayList<>()).add(new Object[] {id("affiliation", i), 0,
                    id("person", i), id("organization", random.nextInt(300)), "Director", LocalDate.of(2020, 1 + i % 12, 1),
                    null});
        }
        for (int i = 0; i < 50; i++) {
            rows.computeIfAbsent("organization_relation", t -> new ArrayList<>()).add(new Object[] {id("relation", i), 0,
                    id("organization", i), id("organization", 100 + i), i % 2 == 0 ? "PARTNER_OF" : "MEMBER_OF",
                    null, null, "sample relation " + i});
        }
        for (int i = 0; i < 250; i++) {
            String stage = STAGES[i % STAGES.length];
            rows.computeIfAbsent("relationship", t -> new ArrayList<>()).add(new Object[] {id("relationship", i), 1,
                    id("organization", i), stage, id("user", 1), "Next step " + i, LocalDate.of(2026, 1, 1).plusDays(i),
                    LocalDate.of(2025, 6, 1).plusDays(i), T0, T0.plusDays(1), NAMES[i % 4].formatted(i),
                    KINDS[i % KINDS.length], COUNTRIES[i % COUNTRIES.length], false});
            rows.computeIfAbsent("relationship_stage_change", t -> new ArrayList<>()).add(new Object[] {
                    id("relationship", i), 0, T0, id("user", 1), null, "PROSPECT", "started"});
            if (!"PROSPECT".equals(stage)) {
                rows.get("relationship_stage_change").add(new Object[] {id("relationship", i), 1, T0.plusDays(1),
                        id("user", 1), "PROSPECT", stage, "moved " + i});
            }
        }
        for (int i = 0; i < 80; i++) {
            var start = T0.plusDays(i);
            rows.computeIfAbsent("engagement", t -> new ArrayList<>()).add(new Object[] {id("engagement", i), 0,
                    new String[] {"FORUM", "VISIT", "MEETING", "CALL"}[i % 4], "Sample engagement " + i + " 会議",
                    start, start.plusHours(2), "Asia/Tokyo", "Hall " + i, "Tokyo", "JP", null, null, null, null, null,
                    "INTERNAL", "", null, start, start, i % 5 == 0 ? "CONTACTED" : null});
            for (int p = 0; p < 2; p++) {
                rows.computeIfAbsent("engagement_participant", t -> new ArrayList<>()).add(new Object[] {
                        id("engagement", i), p, id("organization", (i * 3 + p) % 300), null, p == 0 ? "HUB" : "PARTNER",
                        null});
            }
            if (i % 2 == 0) {
                rows.computeIfAbsent("follow_up", t -> new ArrayList<>()).add(new Object[] {id("follow_up", i), 0,
                        id("engagement", i), "Send the memorandum draft " + i, id("user", 1),
                        LocalDate.of(2026, 2, 1).plusDays(i), i % 4 == 0, null, true, start});
            }
        }
        for (int i = 0; i < 40; i++) {
            rows.computeIfAbsent("agreement", t -> new ArrayList<>()).add(new Object[] {id("agreement", i), 0,
                    i % 2 == 0 ? "MEMORANDUM_OF_UNDERSTANDING" : "COOPERATION_AGREEMENT", "Sample agreement " + i,
                    "Cooperation in technology transfer", "en,ru,zh", i % 3 == 0 ? "SIGNED" : "DRAFT",
                    i % 3 == 0 ? LocalDate.of(2025, 5, 1) : null, null, LocalDate.of(2028, 5, 1), 90, null, null, null,
                    true, null, "INTERNAL", "", null, T0, T0});
            for (int p = 0; p < 2; p++) {
                rows.computeIfAbsent("agreement_party", t -> new ArrayList<>()).add(new Object[] {id("agreement", i), p,
                        id("organization", (i * 7 + p) % 300), p == 0 ? "hub" : "partner", null});
            }
            rows.computeIfAbsent("agreement_status_change", t -> new ArrayList<>()).add(new Object[] {
                    id("agreement", i), 0, null, "DRAFT", LocalDate.of(2025, 4, 1), "Sample user 1", T0});
            rows.computeIfAbsent("agreement_milestone", t -> new ArrayList<>()).add(new Object[] {
                    id("milestone", i), 0, id("agreement", i), "First joint call " + i, id("organization", i),
                    LocalDate.of(2026, 9, 1), "OPEN", null, null, true});
        }
        for (int f = 0; f < 4; f++) {
            rows.computeIfAbsent("fund", t -> new ArrayList<>()).add(new Object[] {id("fund", f), 0,
                    "Sample joint fund " + f, "ESTABLISHED", "USD", new BigDecimal("100000000.0000"), 3, 1, 2, null,
                    null, null, "Sample fund", true, null, "CONFIDENTIAL", "", "investment-committee", T0, T0});
            rows.computeIfAbsent("fund_sponsor", t -> new ArrayList<>()).add(new Object[] {id("fund", f), 0,
                    id("organization", f), COUNTRIES[f], null});
            rows.computeIfAbsent("fund_committee_member", t -> new ArrayList<>()).add(new Object[] {id("fund", f),
                    id("user", 2)});
            for (int c = 0; c < CHECKLIST.length; c++) {
                rows.computeIfAbsent("fund_checklist_item", t -> new ArrayList<>()).add(new Object[] {id("fund", f), c,
                        CHECKLIST[c]});
            }
        }
        for (int d = 0; d < 30; d++) {
            rows.computeIfAbsent("deal", t -> new ArrayList<>()).add(new Object[] {id("deal", d), 0, id("fund", d % 4),
                    "Sample deal " + d, id("organization", 200 + d), "Applicant " + d, "energy", "CN",
                    new BigDecimal("1234567.8901").add(BigDecimal.valueOf(d)), "CNY", 3, "SCREENING", null, true, null,
                    "CONFIDENTIAL", "", "investment-committee", T0, T0});
            for (int c = 0; c < CHECKLIST.length; c++) {
                rows.computeIfAbsent("deal_check", t -> new ArrayList<>()).add(new Object[] {id("deal", d), c,
                        CHECKLIST[c], c == 0, c == 0 ? "Sample user 1" : null});
            }
            rows.computeIfAbsent("deal_move", t -> new ArrayList<>()).add(new Object[] {id("deal_move", d), id("deal", d),
                    "SOURCED", "SCREENING", id("user", 1), "Sample user 1", "Looks promising", T0});
        }
        for (int e = 0; e < 60; e++) {
            rows.computeIfAbsent("ledger_entry", t -> new ArrayList<>()).add(new Object[] {id("ledger", e),
                    id("fund", e % 4), "COMMITMENT", LocalDate.of(2025, 1, 1).plusDays(e),
                    new BigDecimal("2500000.1234").add(BigDecimal.valueOf(e)), "EUR",
                    new BigDecimal("2700000.5678").add(BigDecimal.valueOf(e)), "USD", new BigDecimal("1.0812345678"),
                    LocalDate.of(2025, 1, 1).plusDays(e), false, null, null, null, "Commitment " + e, id("user", 1),
                    "Sample user 1", T0, true});
        }
        for (int t = 0; t < 5; t++) {
            rows.computeIfAbsent("news_topic", x -> new ArrayList<>()).add(new Object[] {id("topic", t), 0,
                    "sample-topic-" + t, "Topic " + t, "Тема " + t, "主题 " + t, "トピック " + t, 100 + t});
        }
        for (int n = 0; n < 100; n++) {
            var at = T0.plusMinutes(n * 37L);
            rows.computeIfAbsent("news_item", t -> new ArrayList<>()).add(new Object[] {id("news", n), 0,
                    "sample-news-" + n, "Sample news " + n, "Summary " + n,
                    "<p>Сколково · 清华 · 東京 " + n + "</p>", new String[] {"en", "ru", "zh", "ja"}[n % 4],
                    n % 5 == 0 ? "DRAFT" : "PUBLISHED", n % 5 == 0 ? null : at, null, null, null, true, at, at});
            rows.computeIfAbsent("news_item_topic", t -> new ArrayList<>()).add(new Object[] {id("news", n),
                    id("topic", n % 5)});
            rows.computeIfAbsent("news_item_organization", t -> new ArrayList<>()).add(new Object[] {id("news", n), 0,
                    id("organization", n), NAMES[n % 4].formatted(n)});
        }
        var counts = new LinkedHashMap<String, Integer>();
        rows.forEach((table, values) -> {
            String marks = String.join(", ", java.util.Collections.nCopies(values.getFirst().length, "?"));
            jdbc.batchUpdate("insert into " + table + " (" + COLUMNS.get(table) + ") values (" + marks + ")", values);
            counts.put(table, values.size());
        });
        return counts;
    }

    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("user_account", "id, version, username, username_key, display_name, password_hash, organization_id, "
                    + "enabled, preferred_language, password_changed_at, created_at, updated_at"),
            Map.entry("user_account_role", "account_id, role"),
            Map.entry("organization", "id, version, kind, country, city, website, description, owner_organization_id, "
                    + "visibility, shared_with, confidential_group, created_at, updated_at"),
            Map.entry("organization_name", "organization_id, position, text, lang, is_primary, is_alias"),
            Map.entry("organization_technology_area", "organization_id, area"),
            Map.entry("person", "id, version, description, owner_organization_id, visibility, shared_with, "
                    + "confidential_group, created_at, updated_at"),
            Map.entry("person_name", "person_id, position, text, lang, is_primary, is_alias"),
            Map.entry("affiliation", "id, version, person_id, organization_id, role, valid_from, valid_to"),
            Map.entry("organization_relation", "id, version, from_organization_id, to_organization_id, type, valid_from, "
                    + "valid_to, note"),
            Map.entry("relationship", "id, version, organization_id, stage, owner_user_id, next_step, next_step_due, "
                    + "last_contact, created_at, updated_at, organization_name, organization_kind, organization_country, "
                    + "organization_restricted"),
            Map.entry("relationship_stage_change", "relationship_id, position, changed_at, changed_by, from_stage, to_stage, "
                    + "reason"),
            Map.entry("engagement", "id, version, kind, title, starts_at, ends_at, time_zone, place, city, country, "
                    + "description, notes, outcomes, parent_id, owner_organization_id, visibility, shared_with, "
                    + "confidential_group, created_at, updated_at, proposed_stage"),
            Map.entry("engagement_participant", "engagement_id, position, organization_id, person_id, side, role"),
            Map.entry("follow_up", "id, version, engagement_id, title, owner_user_id, due_date, done, done_at, sample, "
                    + "created_at"),
            Map.entry("agreement", "id, version, kind, title, subject, languages, status, signed_on, effective_on, "
                    + "expires_on, notice_days, engagement_id, predecessor_id, successor_id, sample, owner_organization_id, "
                    + "visibility, shared_with, confidential_group, created_at, updated_at"),
            Map.entry("agreement_party", "agreement_id, position, organization_id, role, signatory_person_id"),
            Map.entry("agreement_status_change", "agreement_id, position, from_status, to_status, effective_on, changed_by, "
                    + "changed_at"),
            Map.entry("agreement_milestone", "id, version, agreement_id, title, owner_organization_id, due_on, status, "
                    + "done_at, done_by, sample"),
            Map.entry("fund", "id, version, name, status, base_currency, target_amount, quorum, majority_numerator, "
                    + "majority_denominator, engagement_id, news_url, news_title, description, sample, "
                    + "owner_organization_id, visibility, shared_with, confidential_group, created_at, updated_at"),
            Map.entry("fund_sponsor", "fund_id, position, organization_id, country, unnamed_label"),
            Map.entry("fund_committee_member", "fund_id, user_id"),
            Map.entry("fund_checklist_item", "fund_id, position, item"),
            Map.entry("deal", "id, version, fund_id, title, applicant_organization, applicant_name, areas, country, amount, "
                    + "currency, readiness, stage, summary, sample, owner_organization_id, visibility, shared_with, "
                    + "confidential_group, created_at, updated_at"),
            Map.entry("deal_check", "deal_id, position, item, done, done_by"),
            Map.entry("deal_move", "id, deal_id, from_stage, to_stage, by_user_id, by_name, reason, moved_at"),
            Map.entry("ledger_entry", "id, fund_id, kind, entry_date, amount, currency, base_amount, base_currency, rate, "
                    + "rate_date, rate_inverted, sponsor_id, deal_id, reverses, memo, posted_by_id, posted_by_name, "
                    + "posted_at, sample"),
            Map.entry("news_topic", "id, version, slug, name_en, name_ru, name_zh, name_ja, position"),
            Map.entry("news_item", "id, version, slug, title, summary, body, lang, status, published_at, scheduled_at, "
                    + "source_name, source_url, sample, created_at, updated_at"),
            Map.entry("news_item_topic", "item_id, topic_id"),
            Map.entry("news_item_organization", "item_id, position, organization_id, name"));

    static Map<String, Integer> counts(JdbcTemplate jdbc, Iterable<String> tables) {
        var out = new LinkedHashMap<String, Integer>();
        for (var table : tables) {
            out.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return out;
    }

    static void assertSampledValues(JdbcTemplate jdbc) {
        for (int i : new int[] {0, 17, 101, 299}) {
            assertThat(jdbc.queryForObject("select text from organization_name where organization_id = ? and position = 0",
                    String.class, id("organization", i))).isEqualTo(NAMES[i % 4].formatted(i));
            assertThat(jdbc.queryForObject("select kind from organization where id = ?", String.class,
                    id("organization", i))).isEqualTo(KINDS[i % KINDS.length]);
            assertThat(jdbc.queryForObject("select updated_at from organization where id = ?", OffsetDateTime.class,
                    id("organization", i)).toInstant()).isEqualTo(T0.plusHours(i).toInstant());
        }
        assertThat(jdbc.queryForObject("select organization_name from relationship where id = ?", String.class,
                id("relationship", 6))).isEqualTo(NAMES[2].formatted(6));
        assertThat(jdbc.queryForObject("select stage from relationship where id = ?", String.class, id("relationship", 6)))
                .isEqualTo("DORMANT");
        assertThat(jdbc.queryForObject("select amount from deal where id = ?", BigDecimal.class, id("deal", 29)))
                .isEqualByComparingTo("1234596.8901");
        assertThat(jdbc.queryForObject("select base_amount from ledger_entry where id = ?", BigDecimal.class,
                id("ledger", 59))).isEqualByComparingTo("2700059.5678");
        assertThat(jdbc.queryForObject("select rate from ledger_entry where id = ?", BigDecimal.class, id("ledger", 0)))
                .isEqualByComparingTo("1.0812345678");
        assertThat(jdbc.queryForObject("select body from news_item where id = ?", String.class, id("news", 42)))
                .isEqualTo("<p>Сколково · 清华 · 東京 42</p>");
        assertThat(jdbc.queryForObject("select name_ja from news_topic where id = ?", String.class, id("topic", 3)))
                .isEqualTo("トピック 3");
        assertThat(jdbc.queryForObject("select starts_at from engagement where id = ?", OffsetDateTime.class,
                id("engagement", 79)).toInstant()).isEqualTo(T0.plusDays(79).toInstant());
        assertThat(jdbc.queryForObject("select item from deal_check where deal_id = ? and item_no = 2", String.class,
                id("deal", 3))).isEqualTo(CHECKLIST[2]);
    }
}
