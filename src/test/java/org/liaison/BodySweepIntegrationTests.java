package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON write of the API (the matrix's POST/PUT rows with a JSON body, every module), as an
 * administrator, against malformed and overreaching bodies:
 * <ul>
 * <li>errors (checklist item 14): broken JSON, invalid UTF-8, a 10 MB body, a wrong media type and
 * a JSON array instead of an object: a 4xx with a problem body that names no class, package or
 * stack frame;</li>
 * <li>mass assignment (item 4): the valid body plus fields the body does not declare (id,
 * organization, role, confidential, sample, status, createdAt, owner...): accepted with the
 * extras ignored (the answer's values are those of the same write without them, the id is not
 * the one sent) or refused with a 4xx.</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodySweepIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Text a generic error body never contains. */
    static final List<String> LEAKS = List.of("Exception", "org.springframework", "org.liaison", "java.", "tools.jackson",
            "at org.", "stackTrace", "\"trace\"", "SQL", "Hibernate");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AuthorizationMatrixIntegrationTests matrix;
    JsonNode openApi;

    @BeforeAll
    void setUp() throws Exception {
        matrix = Sweeps.matrix(context);
        openApi = JSON.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andReturn().getResponse().getContentAsString());
    }

    /** The fields the write's body declares in the OpenAPI document (they are not extras). */
    java.util.Set<String> declared(Row row) {
        var schema = openApi.path("paths").path(row.endpoint().path()).path(row.endpoint().method().toLowerCase())
                .path("requestBody").path("content").path("application/json").path("schema");
        while (schema.has("$ref")) {
            schema = openApi.path("components").path("schemas")
                    .path(schema.get("$ref").asString().substring("#/components/schemas/".length()));
        }
        return new java.util.HashSet<>(schema.path("properties").propertyNames());
    }

    List<Row> jsonWrites() {
        var rows = Sweeps.rows().values().stream()
                .filter(r -> !List.of("GET", "HEAD", "*", "DELETE").contains(r.endpoint().method()))
                .filter(r -> r.endpoint().path().startsWith("/api/") && r.body().startsWith("{"))
                .toList();
        assertThat(rows).hasSizeGreaterThan(40);
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> malformedBodiesGetAGeneric4xx() {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) 'a');
        tenMegabytes[0] = '"';
        tenMegabytes[tenMegabytes.length - 1] = '"';
        var cases = new LinkedHashMap<String, byte[]>();
        cases.put("broken JSON", "{\"title\": \"unterminated".getBytes(StandardCharsets.UTF_8));
        cases.put("invalid UTF-8", new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                (byte) 0xFF, (byte) 0xFE, '"', '}'});
        cases.put("10 MB", tenMegabytes);
        cases.put("an array", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        cases.put("nesting 10,000 deep", ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        cases.put("wrong media type", "title=x".getBytes(StandardCharsets.UTF_8));
        return jsonWrites().stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var wrong = new ArrayList<String>();
            for (var c : cases.entrySet()) {
                var shared = new HashMap<String, String>();
                String path = matrix.samples.fill(row.endpoint(), row.endpoint().path(), Actor.ADMIN, shared);
                var request = request(HttpMethod.valueOf(row.endpoint().method()), path)
                        .contentType(c.getKey().equals("wrong media type") ? MediaType.APPLICATION_FORM_URLENCODED : MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON).content(c.getValue());
                var response = mvc.perform(matrix.signedIn.as(Actor.ADMIN, request, true)).andReturn().getResponse();
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                if (response.getStatus() < 400 || response.getStatus() >= 500) {
                    wrong.add(c.getKey() + ": " + response.getStatus());
                }
                if (!String.valueOf(response.getContentType()).contains("json")) {
                    wrong.add(c.getKey() + ": " + response.getContentType() + " instead of a problem body");
                }
                LEAKS.stream().filter(body::contains).forEach(l -> wrong.add(c.getKey() + ": the body names " + l + ": "
                        + HtmlInspection.abbreviate(body)));
            }
            assertThat(wrong).as("%s", row.endpoint()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> undeclaredFieldsAreIgnoredOrRefused() {
        return jsonWrites().stream().filter(r -> r.expected().get(Actor.ADMIN) / 100 == 2)
                .map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
                    var plain = write(row, Map.of());
                    assertThat(plain.getStatus() / 100).as("%s without extras: %s", row.endpoint(), plain.getContentAsString())
                            .isEqualTo(2);
                    var injectedId = UUID.randomUUID().toString();
                    var extras = new LinkedHashMap<String, Object>();
                    extras.put("id", injectedId);
                    extras.put("organization", UUID.randomUUID().toString());
                    extras.put("organizationId", UUID.randomUUID().toString());
                    extras.put("owner", UUID.randomUUID().toString());
                    extras.put("role", "ADMINISTRATOR");
                    extras.put("roles", List.of("ADMINISTRATOR"));
                    extras.put("confidential", true);
                    extras.put("sample", true);
                    extras.put("status", "SIGNED");
                    extras.put("stage", "INVESTED");
                    extras.put("createdAt", "2001-01-01T00:00:00Z");
                    extras.put("createdBy", UUID.randomUUID().toString());
                    extras.put("deleted", true);
                    extras.keySet().removeAll(declared(row));
                    var sent = write(row, extras);
                    if (sent.getStatus() / 100 != 2) {
                        assertThat(sent.getStatus()).as("%s refused extras", row.endpoint()).isBetween(400, 499);
                        return;
                    }
                    JsonNode before = JSON.readTree(plain.getContentAsString(StandardCharsets.UTF_8).isEmpty() ? "{}"
                            : plain.getContentAsString(StandardCharsets.UTF_8));
                    JsonNode after = JSON.readTree(sent.getContentAsString(StandardCharsets.UTF_8).isEmpty() ? "{}"
                            : sent.getContentAsString(StandardCharsets.UTF_8));
                    var taken = new ArrayList<String>();
                    if (after.path("id").asString("").equals(injectedId)) {
                        taken.add("id");
                    }
                    for (String key : extras.keySet()) {
                        if (!key.equals("id") && after.has(key) && !after.get(key).equals(before.get(key))
                                && JSON.valueToTree(extras.get(key)).equals(after.get(key))) {
                            taken.add(key + "=" + after.get(key));
                        }
                    }
                    assertThat(taken).as("%s took undeclared fields", row.endpoint()).isEmpty();
                }));
    }

    /** The matrix's write, its body filled with fresh samples, plus extra fields the body does not declare. */
    MockHttpServletResponse write(Row row, Map<String, Object> extras) throws Exception {
        var shared = new HashMap<String, String>();
        String path = matrix.samples.fill(row.endpoint(), row.endpoint().path(), Actor.ADMIN, shared);
        var body = (ObjectNode) JSON.readTree(matrix.samples.fill(row.endpoint(), row.body(), Actor.ADMIN, shared));
        extras.forEach((key, value) -> {
            if (!body.has(key)) {
                body.set(key, JSON.valueToTree(value));
            }
        });
        var request = request(HttpMethod.valueOf(row.endpoint().method()), path).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(body));
        for (String header : row.headers().split(";")) {
            if (header.contains(":")) {
                request.header(header.substring(0, header.indexOf(':')).strip(), header.substring(header.indexOf(':') + 1).strip());
            }
        }
        return mvc.perform(matrix.signedIn.as(Actor.ADMIN, request, true)).andReturn().getResponse();
    }
}
