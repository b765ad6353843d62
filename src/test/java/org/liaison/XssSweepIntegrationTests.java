package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.AuthorizationMatrixIntegrationTests.Endpoint;
import org.liaison.AuthorizationMatrixIntegrationTests.Row;
import org.liaison.access.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored XSS across every module (checklist item 10). The create/update API bodies come from the
 * authorization matrix (every POST/PUT of {@code /api/v1} with a JSON body, so every module), their
 * free-text fields from springdoc's OpenAPI document (string properties without enum or format,
 * nested lists included; fields with a pattern or a URI type get the payloads that fit them). After
 * each write every page showing the record is rendered and parsed with jsoup ({@link HtmlInspection}):
 * no element, handler or script URL from a payload, and every API answer is JSON. That the
 * inspection finds every payload planted raw (but a named list of inert ones) is
 * {@link HtmlInspectionTests}'s part.
 * <p>
 * Two depths. In the default build each write's <em>primary</em> field (the one that takes the most
 * payloads, then the longest) receives every payload of {@code sweep/xss-payloads.txt}, and every
 * other field a subset of {@link #SUBSET} payloads chosen by a seeded rotation over all fields of all
 * writes, so that across fields every payload is used ({@link #theRotationUsesEveryPayloadAndEveryField()}).
 * With {@code -Psweeps} (tag {@code slow-sweep}) every field receives every payload. In both, payloads
 * are packed into values up to the field's maximum length (one that must start a value, such as
 * {@code javascript:}, starts its pack) and a refused pack is resent field by field and payload by
 * payload; the pages are rendered once per write.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class XssSweepIntegrationTests {

    /**
     * Pages showing what a write stored, by the write's "METHOD template". {@code {path:x}} is the
     * write's path variable, {@code {json:x}} a field of its JSON answer ({@code {json:x.y}} a nested one); an entry starting with
     * "POST " is a request made first (its answer then fills {@code {json:x}}).
     */
    static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("POST /api/v1/organizations", List.of("/directory/organizations/{json:id}", "/directory/organizations/{json:id}/edit"));
        PAGES.put("PUT /api/v1/organizations/{id}", List.of("/directory/organizations/{path:id}", "/directory/organizations/{path:id}/edit"));
        PAGES.put("POST /api/v1/people", List.of("/directory/people/{json:id}", "/directory/people/{json:id}/edit"));
        PAGES.put("PUT /api/v1/people/{id}", List.of("/directory/people/{path:id}", "/directory/people/{path:id}/edit"));
        PAGES.put("POST /api/v1/affiliations", List.of("/directory/people/{json:person}", "/directory/organizations/{json:organization}"));
        PAGES.put("PUT /api/v1/affiliations/{id}", List.of("/directory/people/{json:person}", "/directory/organizations/{json:organization}"));
        PAGES.put("POST /api/v1/relations", List.of("/directory/organizations/{json:from}", "/directory/organizations/{json:to}"));
        PAGES.put("PUT /api/v1/relations/{id}", List.of("/directory/organizations/{json:from}", "/directory/organizations/{json:to}"));
        PAGES.put("POST /api/v1/engagements", List.of("/engagements/{json:id}", "/engagements/{json:id}/edit", "/engagements/{json:id}/briefing"));
        PAGES.put("PUT /api/v1/engagements/{id}", List.of("/engagements/{path:id}", "/engagements/{path:id}/edit", "/engagements/{path:id}/briefing"));
        PAGES.put("POST /api/v1/engagements/{id}/follow-ups", List.of("/engagements/{path:id}", "/my/tasks"));
        PAGES.put("POST /api/v1/engagements/{id}/participants", List.of("/engagements/{path:id}"));
        PAGES.put("POST /api/v1/relationships", List.of("/relationships/{json:id}"));
        PAGES.put("PUT /api/v1/relationships/{id}", List.of("/relationships/{path:id}"));
        PAGES.put("POST /api/v1/relationships/{id}/stage", List.of("/relationships/{path:id}"));
        PAGES.put("PUT /api/v1/relationships/stages/{stage}/labels/{lang}", List.of("/relationships"));
        PAGES.put("POST /api/v1/agreements", List.of("/agreements/{json:id}"));
        PAGES.put("PUT /api/v1/agreements/{id}", List.of("/agreements/{path:id}"));
        PAGES.put("POST /api/v1/agreements/{id}/milestones", List.of("/agreements/{path:id}"));
        PAGES.put("POST /api/v1/news", List.of("/newsroom/{json:id}/edit", "POST /api/v1/news/{json:id}/publish", "/news/{json:slug}"));
        PAGES.put("PUT /api/v1/news/{id}", List.of("/newsroom/{path:id}/edit", "POST /api/v1/news/{path:id}/publish", "/news/{json:slug}"));
        PAGES.put("POST /api/v1/news/{id}/schedule", List.of("/newsroom/{path:id}/edit"));
        PAGES.put("POST /api/v1/topics", List.of("/news/topics/{json:slug}", "/following"));
        PAGES.put("PUT /api/v1/topics/{id}", List.of("/news/topics/{json:slug}", "/following"));
        PAGES.put("POST /api/v1/funds", List.of("/funds/{json:id}"));
        PAGES.put("POST /api/v1/funds/{fundId}/status", List.of("/funds/{path:fundId}"));
        PAGES.put("POST /api/v1/funds/{fundId}/deals", List.of("/funds/{path:fundId}/deals/{json:id}", "/funds/{path:fundId}/deals"));
        PAGES.put("POST /api/v1/funds/{fundId}/deals/{dealId}/votes", List.of("/funds/{path:fundId}/deals/{path:dealId}/committee"));
        PAGES.put("POST /api/v1/funds/{fundId}/deals/{dealId}/conflicts", List.of("/funds/{path:fundId}/deals/{path:dealId}/committee"));
        PAGES.put("POST /api/v1/funds/{fundId}/deals/{dealId}/moves", List.of("/funds/{path:fundId}/deals/{path:dealId}"));
        PAGES.put("POST /api/v1/funds/{fundId}/ledger", List.of("/funds/{path:fundId}/ledger"));
        PAGES.put("POST /api/v1/funds/{fundId}/ledger/{entryId}/reversal", List.of("/funds/{path:fundId}/ledger"));
        PAGES.put("POST /api/v1/ingest/documents", List.of("/ingest/documents/{json:id}", "/ingest"));
        PAGES.put("POST /api/v1/ingest/feeds", List.of("/ingest"));
        PAGES.put("POST /api/v1/me/tokens", List.of("/account/tokens"));
        PAGES.put("POST /api/v1/funds/{fundId}/checklist", List.of("/funds/{path:fundId}"));
        PAGES.put("PUT /api/v1/funds/{fundId}/checklist/{index}", List.of("/funds/{path:fundId}"));
        PAGES.put("POST /api/v1/me/subscriptions", List.of("/following", "/whats-new"));
        PAGES.put("POST /api/v1/forum/events", List.of("/forum/events/{json:id}", "/forum"));
        PAGES.put("PUT /api/v1/forum/events/{id}", List.of("/forum/events/{path:id}", "/forum"));
        PAGES.put("POST /api/v1/forum/events/{id}/participants", List.of("/forum/events/{path:id}",
                "/forum/events/{path:id}/marketplace", "/forum/participants/{json:id}/agenda"));
        PAGES.put("PUT /api/v1/forum/participants/{id}", List.of("/forum/events/{json:eventId}",
                "/forum/events/{json:eventId}/marketplace", "/forum/participants/{path:id}/agenda"));
        PAGES.put("POST /api/v1/forum/events/{id}/meetings", List.of("/forum/events/{path:id}", "/forum/events/{path:id}/marketplace"));
        PAGES.put("POST /api/v1/forum/events/{id}/organised-meetings", List.of("/forum/events/{path:id}"));
        PAGES.put("PUT /api/v1/forum/meetings/{id}/placement", List.of("/forum/events/{json:eventId}",
                "/forum/events/{json:eventId}/table-plan"));
        PAGES.put("POST /api/v1/forum/meetings/{id}/outcome", List.of("/forum/events/{json:eventId}"));
        PAGES.put("PUT /api/v1/forum/participants/{id}/booth", List.of("/forum/events/{json:participant.eventId}",
                "/forum/events/{json:participant.eventId}/table-plan", "/forum/participants/{path:id}/agenda"));
        PAGES.put("POST /api/v1/funds/rates", List.of("/funds/rates"));
        PAGES.put("PUT /api/v1/admin/maintenance", List.of("/admin/maintenance"));
    }

    /** Writes whose text is not stored (checks, look-ups, previews): only their JSON answer is checked. */
    static final Set<String> NOT_STORED = Set.of("POST /api/v1/organizations/duplicates", "POST /api/v1/ingest/extract",
            "POST /api/v1/ingest/documents/fetch", "POST /api/v1/forum/schedule");

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Payloads each non-primary field receives in the default build. */
    static final int SUBSET = 8;

    /** The seed of the payloads' order, so that the rotation is the same in every run. */
    static final long SEED = 20261128L;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AuthorizationMatrixIntegrationTests matrix;
    List<String> payloads;
    JsonNode openApi;
    final Map<String, AtomicInteger> figures = new TreeMap<>();
    final Map<String, Map<List<String>, Limit>> fieldsOfWrites = new HashMap<>();
    /** The payloads of each non-primary field ("METHOD template [field]") in the default build. */
    final Map<String, List<String>> subsets = new HashMap<>();

    @BeforeAll
    void setUp() throws Exception {
        matrix = Sweeps.matrix(context);
        var shuffled = new ArrayList<>(payloads());
        java.util.Collections.shuffle(shuffled, new java.util.Random(SEED));
        payloads = List.copyOf(shuffled);
        openApi = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        rotate();
    }

    /**
     * The seeded rotation: field after field, in the order of the writes, each non-primary field
     * takes the first {@link #SUBSET} payloads that fit it among those no such field has taken yet,
     * and makes up the rest from a cursor running over the payloads that fit it. So every payload
     * that fits any non-primary field goes to at least one.
     */
    void rotate() {
        var unused = new ArrayList<>(payloads);
        int cursor = 0;
        for (var row : writes()) {
            var fields = textFields(row);
            var primary = primary(fields);
            for (var e : fields.entrySet()) {
                if (e.getKey().equals(primary)) {
                    continue;
                }
                var fitting = suitable(e.getValue());
                var chosen = new ArrayList<String>();
                if (fitting.size() <= SUBSET) {
                    chosen.addAll(fitting);
                } else {
                    var fits = new java.util.HashSet<>(fitting);
                    for (var it = unused.iterator(); it.hasNext() && chosen.size() < SUBSET;) {
                        String payload = it.next();
                        if (fits.contains(payload)) {
                            chosen.add(payload);
                        }
                    }
                    while (chosen.size() < SUBSET) {
                        String payload = fitting.get(cursor++ % fitting.size());
                        if (!chosen.contains(payload)) {
                            chosen.add(payload);
                        }
                    }
                }
                unused.removeAll(chosen);
                subsets.put(row.endpoint() + " " + e.getKey(), chosen);
            }
        }
    }

    static List<String> payloads() throws IOException {
        try (InputStream in = XssSweepIntegrationTests.class.getResourceAsStream("/sweep/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    /** Every create/update of the API with a JSON body that an administrator may make. */
    List<Row> writes() {
        return Sweeps.rows().values().stream()
                .filter(r -> List.of("POST", "PUT").contains(r.endpoint().method()))
                .filter(r -> r.endpoint().path().startsWith("/api/v1/") && r.body().startsWith("{"))
                .filter(r -> r.expected().get(Actor.ADMIN) / 100 == 2)
                .toList();
    }

    @Test
    void theSweepReachesEveryModuleAndEveryStoredWriteHasItsPages() {
        var writes = writes();
        var modules = new java.util.TreeSet<String>();
        var withoutPages = new ArrayList<String>();
        for (var row : writes) {
            String key = row.endpoint().toString();
            if (!textFields(row).isEmpty()) {
                modules.add(row.endpoint().path().split("/")[3]);
                if (!PAGES.containsKey(key) && !NOT_STORED.contains(key)) {
                    withoutPages.add(key + " " + textFields(row));
                }
            }
        }
        assertThat(withoutPages).as("Writes with text fields but no page to check in PAGES").isEmpty();
        assertThat(modules).contains("organizations", "people", "engagements", "relationships", "agreements", "funds",
                "news", "topics", "ingest");
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(150);
    }

    /**
     * The rotation's promise: every field of every write gets payloads, every payload is sent to a
     * field other than a primary one somewhere, and a primary field gets every payload that fits it.
     */
    @Test
    void theRotationUsesEveryPayloadAndEveryField() {
        var usedOutsidePrimaries = new java.util.HashSet<String>();
        var fitting = new java.util.HashSet<String>();
        var withoutPayloads = new ArrayList<String>();
        for (var row : writes()) {
            var fields = textFields(row);
            var primary = primary(fields);
            fields.forEach((field, limit) -> {
                var chosen = chosen(row, field, limit, false);
                if (chosen.isEmpty() && !suitable(limit).isEmpty()) {
                    withoutPayloads.add(row.endpoint() + " " + field);
                }
                if (field.equals(primary)) {
                    assertThat(chosen).as("%s %s", row.endpoint(), field).containsExactlyElementsOf(suitable(limit));
                } else {
                    usedOutsidePrimaries.addAll(chosen);
                    fitting.addAll(suitable(limit));
                }
            });
        }
        assertThat(withoutPayloads).isEmpty();
        assertThat(fitting).isNotEmpty();
        assertThat(usedOutsidePrimaries).containsAll(fitting);
    }

    @TestFactory
    @org.junit.jupiter.api.Order(1)
    Stream<DynamicTest> noPayloadSurvivesAsMarkupOnAnyPage() {
        return writes().stream().filter(r -> !textFields(r).isEmpty())
                .map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> sweep(row, false)));
    }

    @TestFactory
    @org.junit.jupiter.api.Order(2)
    Stream<DynamicTest> listPagesStayCleanAfterTheSweep() {
        return listPages();
    }

    /** Every payload in every field of every write: {@code ./mvnw test -Psweeps}. */
    @TestFactory
    @org.junit.jupiter.api.Order(3)
    @Tag("slow-sweep")
    Stream<DynamicTest> everyPayloadInEveryFieldSurvivesAsMarkupOnNoPage() {
        return writes().stream().filter(r -> !textFields(r).isEmpty())
                .map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> sweep(row, true)));
    }

    @TestFactory
    @org.junit.jupiter.api.Order(4)
    @Tag("slow-sweep")
    Stream<DynamicTest> listPagesStayCleanAfterTheFullSweep() {
        return listPages();
    }

    Stream<DynamicTest> listPages() {
        // Runs after the sweep: the lists hold the payloads now.
        return Sweeps.rows().values().stream()
                .filter(r -> r.endpoint().method().equals("GET") && !r.endpoint().path().startsWith("/api/")
                        && !r.endpoint().path().contains("{") && !r.endpoint().path().startsWith("/actuator")
                        && !r.endpoint().path().startsWith("/v3/") && !r.endpoint().path().startsWith("/swagger"))
                .filter(r -> r.expected().get(Actor.ADMIN) == 200)
                .map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
                    var problems = new ArrayList<String>();
                    for (Actor actor : List.of(Actor.ADMIN, Actor.MANAGER, Actor.PARTNER)) {
                        if (row.expected().get(actor) == 200) {
                            String path = row.endpoint().path() + (row.body().isEmpty() ? "" : "?" + row.body());
                            problems.addAll(inspect(path, actor));
                        }
                    }
                    assertThat(problems).isEmpty();
                }));
    }

    /** The field that takes every payload in the default build: the one that fits the most payloads, then the longest. */
    List<String> primary(Map<List<String>, Limit> fields) {
        List<String> best = null;
        int bestFitting = -1;
        int bestMax = -1;
        for (var e : fields.entrySet()) {
            int fitting = suitable(e.getValue()).size();
            if (fitting > bestFitting || fitting == bestFitting && e.getValue().max() > bestMax) {
                best = e.getKey();
                bestFitting = fitting;
                bestMax = e.getValue().max();
            }
        }
        return best;
    }

    /** The payloads a field receives: all that fit it (full sweep, primary field), or its share of the rotation. */
    List<String> chosen(Row row, List<String> field, Limit limit, boolean full) {
        var fitting = suitable(limit);
        if (full || field.equals(primary(textFields(row)))) {
            return fitting;
        }
        return subsets.get(row.endpoint() + " " + field);
    }

    void sweep(Row row, boolean full) throws Exception {
        var fields = textFields(row);
        // per field, its payloads packed into values no longer than the field allows
        var packs = new LinkedHashMap<List<String>, List<List<String>>>();
        fields.forEach((field, limit) -> packs.put(field, pack(chosen(row, field, limit, full), limit.max())));
        int rounds = packs.values().stream().mapToInt(List::size).max().orElse(0);
        var problems = new ArrayList<String>();
        for (int round = 0; round < rounds; round++) {
            var values = new LinkedHashMap<List<String>, List<String>>();
            for (var e : packs.entrySet()) {
                if (round < e.getValue().size()) {
                    values.put(e.getKey(), e.getValue().get(round));
                }
            }
            if (!write(row, values, problems)) {
                // refused together: each field alone, and a refused pack payload by payload
                for (var e : values.entrySet()) {
                    if (!write(row, Map.of(e.getKey(), e.getValue()), problems) && e.getValue().size() > 1) {
                        for (String payload : e.getValue()) {
                            write(row, Map.of(e.getKey(), List.of(payload)), problems);
                        }
                    }
                }
            }
        }
        count(full ? "full rounds" : "rounds", rounds);
        assertThat(problems).as("%s: %d fields %s", row.endpoint(), fields.size(), fields.keySet()).isEmpty();
    }

    /**
     * One write with these payloads in these fields, then its pages inspected. True when it was
     * stored (2xx); problems collects what the answer or a page showed.
     */
    boolean write(Row row, Map<List<String>, List<String>> values, List<String> problems) throws Exception {
        var endpoint = row.endpoint();
        var shared = new HashMap<String, String>();
        String path = matrix.samples.fill(endpoint, endpoint.path(), Actor.ADMIN, shared);
        var body = (ObjectNode) JSON.readTree(matrix.samples.fill(endpoint, row.body(), Actor.ADMIN, shared));
        values.forEach((field, payloads) -> set(body, field, 0, String.join(" ", payloads)));
        var request = request(HttpMethod.valueOf(endpoint.method()), path).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(body));
        for (String header : row.headers().split(";")) {
            if (header.contains(":")) {
                request.header(header.substring(0, header.indexOf(':')).strip(), header.substring(header.indexOf(':') + 1).strip());
            }
        }
        var response = mvc.perform(matrix.signedIn.as(Actor.ADMIN, request, true)).andReturn().getResponse();
        count("writes");
        JsonNode answer = json(endpoint + " " + values.keySet(), response, problems);
        if (response.getStatus() >= 500) {
            problems.add(endpoint + " answered " + response.getStatus() + " to " + values);
        }
        if (response.getStatus() / 100 != 2) {
            count("refused writes");
            return false;
        }
        values.values().forEach(p -> figures.computeIfAbsent("payloads stored", k -> new AtomicInteger()).addAndGet(p.size()));
        var variables = pathVariables(endpoint.path(), path);
        for (String page : PAGES.getOrDefault(endpoint.toString(), List.of())) {
            String filled = fillPage(page, variables, answer);
            if (filled == null) {
                problems.add(endpoint + ": no value for " + page + " in " + HtmlInspection.abbreviate(String.valueOf(answer)));
                continue;
            }
            if (filled.startsWith("POST ")) {
                var then = mvc.perform(matrix.signedIn.as(Actor.ADMIN, request(HttpMethod.POST, filled.substring(5))
                        .accept(MediaType.APPLICATION_JSON), true)).andReturn().getResponse();
                answer = json(filled, then, problems);
                continue;
            }
            problems.addAll(inspect(filled, Actor.ADMIN));
        }
        return true;
    }

    /** The page as the actor sees it: any 5xx, or markup from a payload, is a problem. */
    List<String> inspect(String page, Actor actor) throws Exception {
        var request = get(URI.create(page.replace(" ", "%20")))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        MockHttpServletResponse response = mvc.perform(matrix.signedIn.as(actor, request, false)).andReturn().getResponse();
        count("pages rendered");
        var problems = new ArrayList<String>();
        if (response.getStatus() >= 500 || response.getStatus() == 404) {
            problems.add(actor.column() + " " + page + " answered " + response.getStatus());
        }
        String type = String.valueOf(response.getContentType());
        if (type.contains("html")) {
            HtmlInspection.findings(response.getContentAsString(StandardCharsets.UTF_8))
                    .forEach(f -> problems.add(actor.column() + " " + page + ": " + f));
        }
        return problems;
    }

    JsonNode json(String what, MockHttpServletResponse response, List<String> problems) throws IOException {
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return JSON.createObjectNode();
        }
        if (!String.valueOf(response.getContentType()).contains("json")) {
            problems.add(what + " answered " + response.getContentType() + " instead of JSON");
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            problems.add(what + " answered broken JSON: " + HtmlInspection.abbreviate(text));
            return JSON.createObjectNode();
        }
    }

    /** The free-text fields of a write's body (paths into the JSON, "*" for every list element) with their limits. */
    Map<List<String>, Limit> textFields(Row row) {
        return fieldsOfWrites.computeIfAbsent(row.endpoint().toString(), k -> findTextFields(row));
    }

    Map<List<String>, Limit> findTextFields(Row row) {
        var operation = openApi.path("paths").path(row.endpoint().path()).path(row.endpoint().method().toLowerCase());
        var schema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
        var body = JSON.readTree(row.body().replaceAll("\\{(\\w+)}", "0").replace("\"0\"", "\"x\""));
        var fields = new LinkedHashMap<List<String>, Limit>();
        collect(schema, body, List.of(), fields, 0);
        return fields;
    }

    void collect(JsonNode schema, JsonNode body, List<String> prefix, Map<List<String>, Limit> fields, int depth) {
        if (depth > 2) {
            return;
        }
        for (var e : schema.path("properties").properties()) {
            var property = resolve(e.getValue());
            String type = property.path("type").asString("");
            String format = property.path("format").asString("");
            var path = new ArrayList<>(prefix);
            path.add(e.getKey());
            if (type.equals("string") && !property.has("enum") && (format.isEmpty() || format.equals("uri"))) {
                int max = property.path("maxLength").asInt(2000);
                if (max >= 10 && !Set.of("lang", "timeZone", "zone").contains(e.getKey())) {
                    String pattern = property.path("pattern").asString(null);
                    fields.put(List.copyOf(path), new Limit(max, pattern == null ? null : Pattern.compile(pattern), format.equals("uri")));
                }
            } else if (type.equals("array") && body.path(e.getKey()).isArray() && !body.path(e.getKey()).isEmpty()) {
                path.add("*");
                collect(resolve(property.path("items")), body.path(e.getKey()).get(0), path, fields, depth + 1);
            } else if ((type.equals("object") || property.has("properties")) && body.path(e.getKey()).isObject()) {
                collect(property, body.path(e.getKey()), path, fields, depth + 1);
            }
        }
    }

    JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return resolve(openApi.path("components").path("schemas").path(name));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    record Limit(int max, Pattern pattern, boolean uri) {}

    /** The payloads a field can take at all: those matching its pattern, or valid URIs for a URI. */
    List<String> suitable(Limit limit) {
        return payloads.stream().filter(p -> p.length() <= limit.max())
                .filter(p -> limit.pattern() == null || limit.pattern().matcher(p).matches())
                .filter(p -> !limit.uri() || isUri(p))
                .toList();
    }

    static boolean isUri(String text) {
        try {
            return URI.create(text).getScheme() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A payload that works only at the start of a value (a URL with a scheme, such as {@code javascript:}). */
    static boolean urlLike(String payload) {
        return payload.strip().matches("(?is)[a-z][a-z0-9+.-]*:.*");
    }

    /**
     * Payloads joined by spaces into values of at most max characters, in order; a URL-like one
     * starts a value of its own (others may follow it).
     */
    static List<List<String>> pack(List<String> payloads, int max) {
        var packs = new ArrayList<List<String>>();
        var current = new ArrayList<String>();
        int length = 0;
        for (String p : payloads) {
            if (!current.isEmpty() && (length + 1 + p.length() > max || urlLike(p))) {
                packs.add(current);
                current = new ArrayList<>();
                length = 0;
            }
            current.add(p);
            length += (length == 0 ? 0 : 1) + p.length();
        }
        if (!current.isEmpty()) {
            packs.add(current);
        }
        return packs;
    }

    static void set(JsonNode node, List<String> path, int at, String value) {
        String key = path.get(at);
        if (key.equals("*")) {
            for (var element : (ArrayNode) node) {
                set(element, path, at + 1, value);
            }
        } else if (at == path.size() - 1) {
            ((ObjectNode) node).put(key, value);
        } else if (node.has(key)) {
            set(node.get(key), path, at + 1, value);
        }
    }

    static Map<String, String> pathVariables(String template, String path) {
        var names = new ArrayList<String>();
        var m = Pattern.compile("\\{(\\w+)}").matcher(template);
        var regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        Matcher match = Pattern.compile(regex.toString()).matcher(path);
        var values = new HashMap<String, String>();
        if (match.matches()) {
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), match.group(i + 1));
            }
        }
        return values;
    }

    static String fillPage(String page, Map<String, String> variables, JsonNode answer) {
        var m = Pattern.compile("\\{(path|json):([\\w.]+)}").matcher(page);
        var out = new StringBuilder();
        while (m.find()) {
            // {json:a.b} reads a nested field of the answer
            JsonNode node = answer.at("/" + m.group(2).replace('.', '/'));
            String value = m.group(1).equals("path") ? variables.get(m.group(2))
                    : node.isMissingNode() || node.isNull() ? null : node.asString();
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    void count(String what) {
        count(what, 1);
    }

    void count(String what, int n) {
        figures.computeIfAbsent(what, k -> new AtomicInteger()).addAndGet(n);
    }

    @org.junit.jupiter.api.AfterAll
    void figures() {
        var fields = new LinkedHashSet<String>();
        writes().forEach(r -> textFields(r).keySet().forEach(f -> fields.add(r.endpoint() + " " + f)));
        System.out.println("XSS sweep: " + payloads.size() + " payloads, " + fields.size() + " text fields of "
                + writes().stream().filter(r -> !textFields(r).isEmpty()).count() + " writes, " + figures);
    }
}
