package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
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
 * A NUL character (U+0000) in every text a client sends, one field at a time: every string of
 * every JSON write of the API (the matrix's bodies, nested fields and list elements included, plus
 * the string properties the OpenAPI document declares and the body leaves out; the NUL inside the
 * value, see {@link #withNul(String)}) and every field of every page form (the matrix's form bodies).
 * PostgreSQL refuses NUL in text, so a value that reached it answered 500 there; tagged
 * {@code persistence}, so it runs on PostgreSQL too. Where the administrator may make the write, the
 * write is refused ({@link #check}): 400 from the binding rules, a problem detail for the API (an
 * unreadable body), a page for a form (an invalid parameter); anywhere, never a 5xx.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NulSweepIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String NUL = "\u0000";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AuthorizationMatrixIntegrationTests matrix;
    JsonNode openApi;
    final AtomicInteger requests = new AtomicInteger();
    final java.util.Map<Integer, AtomicInteger> statuses = new java.util.TreeMap<>();

    @BeforeAll
    void setUp() throws Exception {
        matrix = Sweeps.matrix(context);
        openApi = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    static boolean write(Row row) {
        return List.of("POST", "PUT", "PATCH", "DELETE").contains(row.endpoint().method());
    }

    @TestFactory
    Stream<DynamicTest> aNulInAnyJsonStringIsAnUnreadableBody() {
        var rows = Sweeps.rows().values().stream().filter(NulSweepIntegrationTests::write)
                .filter(r -> r.endpoint().path().startsWith("/api/") && r.body().startsWith("{")).toList();
        assertThat(rows).hasSizeGreaterThan(40);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var wrong = new ArrayList<String>();
            var fields = jsonStrings(row);
            for (List<String> field : fields) {
                var response = jsonWrite(row, field);
                check(row, String.join(".", field), response, true, wrong);
            }
            assertThat(wrong).as("%s with NUL in %d string fields", row.endpoint(), fields.size()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> aNulInAnyFormFieldIsAnInvalidParameter() {
        var rows = Sweeps.rows().values().stream().filter(NulSweepIntegrationTests::write)
                .filter(r -> !r.endpoint().path().startsWith("/api/") && !r.body().isEmpty() && !r.body().startsWith("{")
                        && !r.body().startsWith("["))
                .toList();
        assertThat(rows).hasSizeGreaterThan(30);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var wrong = new ArrayList<String>();
            var pairs = row.body().split("&");
            for (int i = 0; i < pairs.length; i++) {
                var changed = pairs.clone();
                String name = pairs[i].contains("=") ? pairs[i].substring(0, pairs[i].indexOf('=')) : pairs[i];
                changed[i] = (pairs[i].contains("=") ? pairs[i] : pairs[i] + "=") + "%00";
                var request = matrix.prepare(row.endpoint(), String.join("&", changed), row.headers(), Actor.ADMIN, true);
                var response = mvc.perform(request).andReturn().getResponse();
                requests.incrementAndGet();
                check(row, name, response, false, wrong);
            }
            assertThat(wrong).as("%s with NUL in each of its %d form fields", row.endpoint(), pairs.length).isEmpty();
        }));
    }

    /** Spring Security reads the sign-in form before any handler: a NUL in the username is a failed sign-in. */
    @Test
    void aNulInTheSignInFormIsAFailedSignIn() throws Exception {
        for (String[] form : List.of(new String[] {"admin" + NUL, "x"}, new String[] {NUL, NUL + "password"})) {
            var response = mvc.perform(post("/login").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("username", form[0]).param("password", form[1])).andReturn().getResponse();
            assertThat(response.getStatus()).as("sign-in with NUL").isLessThan(500);
            assertThat(response.getRedirectedUrl()).as("sign-in with NUL").contains("/login?");
            assertThat(response.getRedirectedUrl()).as("sign-in with NUL").doesNotContain("second-factor");
        }
    }

    /**
     * Refused where the administrator may write and the text would be stored: 4xx (400 from the binding rules; an endpoint that
     * reads its body itself, such as the schedule solver's instance, refuses with its own 422), a
     * problem body for the API, a page for a form; anywhere, never a 5xx.
     */
    void check(Row row, String field, MockHttpServletResponse response, boolean api, List<String> wrong) throws Exception {
        int status = response.getStatus();
        statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
        String type = String.valueOf(response.getContentType());
        String what = field + ": " + status + " " + type + " " + HtmlInspection.abbreviate(response.getContentAsString(StandardCharsets.UTF_8));
        if (status >= 500) {
            wrong.add(what);
        } else if (row.expected().get(Actor.ADMIN) < 400 && !XssSweepIntegrationTests.NOT_STORED.contains(row.endpoint().toString())) {
            // (a write that stores nothing, such as the schedule solver's instance, only has to stay below 500)
            if (status < 400) {
                wrong.add(what + " (taken)");
            } else if (api && !type.contains("json")) {
                wrong.add(what + " (not a problem body)");
            } else if (!api && !type.contains("html")) {
                wrong.add(what + " (not a page)");
            }
        }
    }

    /** Paths of every string in the filled body (one element of a list stands for the list), and declared strings it leaves out. */
    List<List<String>> jsonStrings(Row row) {
        var shared = new HashMap<String, String>();
        matrix.samples.fill(row.endpoint(), row.endpoint().path(), Actor.ADMIN, shared); // the body may name the path's records
        var body = JSON.readTree(matrix.samples.fill(row.endpoint(), row.body(), Actor.ADMIN, shared));
        var paths = new ArrayList<List<String>>();
        collect(body, List.of(), paths);
        var schema = openApi.path("paths").path(row.endpoint().path()).path(row.endpoint().method().toLowerCase())
                .path("requestBody").path("content").path("application/json").path("schema");
        while (schema.has("$ref")) {
            schema = openApi.path("components").path("schemas")
                    .path(schema.get("$ref").asString().substring("#/components/schemas/".length()));
        }
        for (var property : schema.path("properties").properties()) {
            if (!body.has(property.getKey()) && property.getValue().path("type").asString("").equals("string")) {
                paths.add(List.of(property.getKey()));
            }
        }
        return paths;
    }

    static void collect(JsonNode node, List<String> prefix, List<List<String>> paths) {
        if (node.isString()) {
            paths.add(prefix);
        } else if (node.isArray() && !node.isEmpty()) {
            var path = new ArrayList<>(prefix);
            path.add("0");
            collect(node.get(0), path, paths);
        } else if (node.isObject()) {
            for (var e : node.properties()) {
                var path = new ArrayList<>(prefix);
                path.add(e.getKey());
                collect(e.getValue(), path, paths);
            }
        }
    }

    /** The matrix's write with a NUL at the end of the string at this path (or a NUL string where the body has none). */
    MockHttpServletResponse jsonWrite(Row row, List<String> field) throws Exception {
        Endpoint endpoint = row.endpoint();
        var shared = new HashMap<String, String>();
        String path = matrix.samples.fill(endpoint, endpoint.path(), Actor.ADMIN, shared);
        var body = JSON.readTree(matrix.samples.fill(endpoint, row.body(), Actor.ADMIN, shared));
        JsonNode parent = body;
        for (String step : field.subList(0, field.size() - 1)) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(step)) : parent.get(step);
        }
        String last = field.getLast();
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            array.set(index, JSON.getNodeFactory().stringNode(withNul(array.get(index).asString())));
        } else {
            var object = (ObjectNode) parent;
            object.put(last, withNul(object.path(last).asString("Matrix")));
        }
        var request = request(HttpMethod.valueOf(endpoint.method()), path).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(body));
        for (String header : row.headers().split(";")) {
            if (header.contains(":")) {
                request.header(header.substring(0, header.indexOf(':')).strip(), header.substring(header.indexOf(':') + 1).strip());
            }
        }
        requests.incrementAndGet();
        return mvc.perform(matrix.signedIn.as(Actor.ADMIN, request, true)).andReturn().getResponse();
    }

    /**
     * The value with a NUL inside it, not at an end: Jackson and Spring trim the text of numbers,
     * dates, ids and enum names (String.trim drops NUL as it drops spaces), so an end NUL there is
     * simply gone; one inside makes every kind of value invalid.
     */
    static String withNul(String value) {
        if (value.length() < 2) {
            return value + NUL + value + "x";
        }
        return value.substring(0, value.length() / 2) + NUL + value.substring(value.length() / 2);
    }

    @AfterAll
    void figures() {
        System.out.println("NUL sweep: " + requests.get() + " requests, answers by status " + statuses);
    }
}
