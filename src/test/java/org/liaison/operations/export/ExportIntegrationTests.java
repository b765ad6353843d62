package org.liaison.operations.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.EngagementDraft;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.ParticipantInput;
import org.liaison.engagements.internal.Schedule;
import org.liaison.engagements.internal.Side;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports of every module through the real API, for each kind of caller, on the demo data plus
 * records made here: each dataset's rows are the same in CSV, Excel and JSON (parsed back with
 * commons-csv, POI and Jackson), their count equals what the module's own list API shows the same
 * caller, a partner's exports never contain another organization's records, and the datasets a
 * caller may not export are neither listed nor served (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<Actor> SIGNED_IN = List.of(Actor.PARTNER, Actor.MANAGER, Actor.COMMITTEE, Actor.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DirectoryService directory;
    @Autowired
    DirectoryQueries directoryQueries;
    @Autowired
    EngagementService engagements;
    @Autowired
    JdbcTemplate jdbc;

    SignedIn signedIn;
    UUID torch;
    UUID other;
    UUID otherEngagement;
    UUID torchEngagement;

    static <T> T asSystem(java.util.function.Supplier<T> work) {
        return ViewerContext.call(Viewer.system("export-test"), work);
    }

    @BeforeAll
    void setUp() {
        torch = asSystem(() -> directoryQueries.organizationNamed("Torch technopark of Tsinghua University")).orElseThrow().value();
        signedIn = new SignedIn(mvc, accounts, tokens, "export", torch);
        other = asSystem(() -> directory.register(new OrganizationDraft(OrganizationKind.CORPORATION,
                List.of(new NameInput("Экспорт другой организации 輸出", "ru", true)), List.of(), "JP", null, null, null, java.util.Set.of()))).id();
        otherEngagement = asSystem(() -> engagements.create(new EngagementDraft(EngagementKind.MEETING, "Export: other's meeting, \"quoted\", =1+1",
                Schedule.of(LocalDateTime.of(2013, 3, 1, 10, 0), null, "Asia/Tokyo"), null, null, null, null, null, null, null,
                List.of(new ParticipantInput(other, null, Side.PARTNER, null)), null))).id();
        torchEngagement = asSystem(() -> engagements.create(new EngagementDraft(EngagementKind.CALL, "Export: Torch call 清华\r\nsecond line",
                Schedule.of(LocalDateTime.of(2013, 3, 2, 10, 0), null, "Asia/Shanghai"), null, null, null, null, null, null, null,
                List.of(new ParticipantInput(torch, null, Side.PARTNER, null), new ParticipantInput(other, null, Side.PARTNER, null)), null))).id();
    }

    /** One export in the three formats, parsed: rows as column → text. */
    record Parsed(List<Map<String, String>> csv, List<Map<String, String>> xlsx, List<Map<String, String>> json, String raw) {}

    JsonNode api(Actor actor, String path) throws Exception {
        var body = mvc.perform(signedIn.as(actor, get(path), true)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        return JSON.readTree(body);
    }

    int statusOf(Actor actor, String path) throws Exception {
        return mvc.perform(signedIn.as(actor, get(path), true)).andReturn().getResponse().getStatus();
    }

    byte[] download(Actor actor, String dataset, String format) throws Exception {
        return mvc.perform(signedIn.as(actor, get("/api/v1/export/" + dataset).param("format", format), true))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    Parsed export(Actor actor, String dataset) throws Exception {
        byte[] csvBytes = download(actor, dataset, "csv");
        assertThat(csvBytes).startsWith(0xEF, 0xBB, 0xBF);
        var csv = new ArrayList<Map<String, String>>();
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csvBytes, 3, csvBytes.length - 3), StandardCharsets.UTF_8))) {
            parser.forEach(r -> csv.add(new LinkedHashMap<>(r.toMap())));
        }
        var xlsx = new ArrayList<Map<String, String>>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(actor, dataset, "xlsx")))) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                var values = new LinkedHashMap<String, String>();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    values.put(header.getCell(c).getStringCellValue(), cell == null ? ""
                            : cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                            : cell.getCellType() == CellType.BOOLEAN ? String.valueOf(cell.getBooleanCellValue())
                            : cell.getStringCellValue());
                }
                xlsx.add(values);
            }
        }
        byte[] jsonBytes = download(actor, dataset, "json");
        var json = new ArrayList<Map<String, String>>();
        for (var node : JSON.readTree(jsonBytes)) {
            var values = new LinkedHashMap<String, String>();
            node.properties().forEach(e -> values.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asString()));
            json.add(values);
        }
        return new Parsed(csv, xlsx, json, new String(csvBytes, StandardCharsets.UTF_8) + new String(jsonBytes, StandardCharsets.UTF_8)
                + xlsx);
    }

    List<String> available(Actor actor) throws Exception {
        var names = new ArrayList<String>();
        api(actor, "/api/v1/export").get("items").forEach(d -> names.add(d.get("module").asString() + "/" + d.get("name").asString()));
        return names;
    }

    static List<String> ids(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }

    /** The total of a paged list API (page size 100, or the list's length when it has no total). */
    long listed(Actor actor, String path) throws Exception {
        var page = api(actor, path);
        return page.has("total") ? page.get("total").longValue() : page.get("items").size();
    }

    /** When the counts differ: the organizations the list shows and the export does not, with their rows. */
    String organizationsOnlyListed(Actor actor, List<String> exported) throws Exception {
        var listed = new ArrayList<String>();
        for (int page = 0;; page++) {
            var items = api(actor, "/api/v1/organizations?size=100&page=" + page).get("items");
            items.forEach(item -> listed.add(item.get("id").asString()));
            if (items.size() < 100) {
                break;
            }
        }
        var onlyListed = new ArrayList<>(listed);
        onlyListed.removeAll(exported);
        var onlyExported = new ArrayList<>(exported);
        onlyExported.removeAll(listed);
        var rows = new ArrayList<Object>();
        for (var id : onlyListed) {
            rows.add(jdbc.queryForList("select * from organization where id = ?", UUID.fromString(id)));
        }
        return " (listed " + listed.size() + ", only listed " + onlyListed + " " + rows + ", only exported " + onlyExported + ")";
    }

    /** Every item of a list API that pages without a total (news). */
    long counted(Actor actor, String path) throws Exception {
        long count = 0;
        for (int page = 0;; page++) {
            int n = api(actor, path + "?size=100&page=" + page).get("items").size();
            count += n;
            if (n < 100) {
                return count;
            }
        }
    }

    Map<String, Long> expectedCounts(Actor actor) throws Exception {
        var expected = new HashMap<String, Long>();
        expected.put("directory/organizations", listed(actor, "/api/v1/organizations?size=100"));
        expected.put("directory/people", listed(actor, "/api/v1/people?size=100"));
        expected.put("engagements/engagements", listed(actor, "/api/v1/engagements?size=100"));
        expected.put("agreements/agreements", listed(actor, "/api/v1/agreements"));
        expected.put("news/items", counted(actor, "/api/v1/news"));
        var funds = api(actor, "/api/v1/funds").get("items");
        expected.put("fund/funds", (long) funds.size());
        long deals = 0;
        long entries = 0;
        for (var fund : funds) {
            String id = fund.get("id").asString();
            if (statusOf(actor, "/api/v1/funds/" + id + "/deals") == 200) {
                deals += api(actor, "/api/v1/funds/" + id + "/deals").get("items").size();
            }
            if (statusOf(actor, "/api/v1/funds/" + id + "/ledger") == 200) {
                entries += api(actor, "/api/v1/funds/" + id + "/ledger").get("items").size();
            }
        }
        expected.put("fund/deals", deals);
        expected.put("fund/ledger", entries);
        if (actor != Actor.PARTNER) {
            expected.put("relationships/relationships", listed(actor, "/api/v1/relationships?size=200"));
        }
        expected.put("ingest/facts", jdbc.queryForObject("select count(*) from ingest_fact", Long.class));
        expected.put("documents/documents", jdbc.queryForObject("select count(*) from document_version", Long.class));
        return expected;
    }

    @Test
    void everyDatasetIsTheSameInTheThreeFormatsAndCountsWhatTheListsShowEachCaller() throws Exception {
        for (var actor : SIGNED_IN) {
            var expected = expectedCounts(actor);
            var datasets = available(actor);
            assertThat(datasets).as("datasets of %s", actor).contains("directory/organizations", "directory/people",
                    "directory/affiliations", "directory/relations", "engagements/engagements", "agreements/agreements",
                    "fund/funds", "news/items");
            for (var dataset : datasets) {
                var parsed = export(actor, dataset);
                String key = parsed.json().isEmpty() ? null : parsed.json().getFirst().keySet().iterator().next();
                assertThat(parsed.csv()).as("%s %s csv", actor, dataset).hasSameSizeAs(parsed.json());
                assertThat(parsed.xlsx()).as("%s %s xlsx", actor, dataset).hasSameSizeAs(parsed.json());
                if (key != null) {
                    assertThat(ids(parsed.csv(), key)).as("%s %s csv ids", actor, dataset).isEqualTo(ids(parsed.json(), key));
                    assertThat(ids(parsed.xlsx(), key)).as("%s %s xlsx ids", actor, dataset).isEqualTo(ids(parsed.json(), key));
                }
                if (expected.containsKey(dataset)) {
                    assertThat((long) parsed.json().size()).as("%s %s against its list%s", actor, dataset,
                            dataset.equals("directory/organizations") && parsed.json().size() != expected.get(dataset)
                                    ? organizationsOnlyListed(actor, ids(parsed.json(), "id")) : "")
                            .isEqualTo(expected.get(dataset));
                }
            }
        }
    }

    @Test
    void namesInEveryScriptSurviveEachFormat() throws Exception {
        var parsed = export(Actor.MANAGER, "directory/organizations");
        String name = "Экспорт другой организации 輸出";
        assertThat(ids(parsed.csv(), "name")).contains(name);
        assertThat(ids(parsed.xlsx(), "name")).contains(name);
        assertThat(ids(parsed.json(), "name")).contains(name);
        var meetings = export(Actor.MANAGER, "engagements/engagements");
        assertThat(ids(meetings.csv(), "title")).contains("Export: Torch call 清华\r\nsecond line",
                "Export: other's meeting, \"quoted\", =1+1");
        assertThat(ids(meetings.json(), "title")).contains("Export: Torch call 清华\r\nsecond line");
    }

    @Test
    void aPartnerExportsOnlyWhatItMaySee() throws Exception {
        var datasets = available(Actor.PARTNER);
        assertThat(datasets).doesNotContain("relationships/relationships", "fund/deals", "ingest/facts", "documents/documents");
        for (var hidden : List.of("relationships/relationships", "fund/deals", "ingest/facts", "documents/documents", "nothing/here")) {
            assertThat(statusOf(Actor.PARTNER, "/api/v1/export/" + hidden + "?format=csv")).as(hidden).isEqualTo(404);
        }
        for (var dataset : datasets) {
            var parsed = export(Actor.PARTNER, dataset);
            assertThat(parsed.raw()).as(dataset).doesNotContain(other.toString()).doesNotContain(otherEngagement.toString());
        }
        var organizations = export(Actor.PARTNER, "directory/organizations").json();
        assertThat(ids(organizations, "id")).contains(torch.toString());
        for (var id : ids(organizations, "id")) {
            assertThat(statusOf(Actor.PARTNER, "/api/v1/organizations/" + id)).isEqualTo(200);
        }
        var engagementRows = export(Actor.PARTNER, "engagements/engagements").json();
        assertThat(ids(engagementRows, "id")).contains(torchEngagement.toString());
        for (var id : ids(engagementRows, "id")) {
            assertThat(statusOf(Actor.PARTNER, "/api/v1/engagements/" + id)).isEqualTo(200);
        }
        for (var id : ids(export(Actor.PARTNER, "agreements/agreements").json(), "id")) {
            assertThat(statusOf(Actor.PARTNER, "/api/v1/agreements/" + id)).isEqualTo(200);
        }
        // the hub's staff see the other organization's meeting
        assertThat(ids(export(Actor.MANAGER, "engagements/engagements").json(), "id")).contains(otherEngagement.toString());
    }

    @Test
    void dealsAreForTheCommitteeAndAdministratorsOnly() throws Exception {
        assertThat(available(Actor.COMMITTEE)).contains("fund/deals", "fund/ledger");
        assertThat(available(Actor.ADMIN)).contains("fund/deals", "fund/ledger", "documents/documents", "ingest/facts");
        assertThat(available(Actor.MANAGER)).doesNotContain("fund/deals").contains("relationships/relationships", "ingest/facts");
        assertThat(statusOf(Actor.MANAGER, "/api/v1/export/fund/deals?format=json")).isEqualTo(404);
        assertThat(statusOf(Actor.ANONYMOUS, "/api/v1/export/fund/deals?format=json")).isEqualTo(401);
        assertThat(statusOf(Actor.ADMIN, "/api/v1/export/fund/deals?format=pdf")).isEqualTo(422);
    }
}
