package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

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
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.support.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * unreadable body), a page for a form (an invalid parameter); anywhere, never a 5xx. The same holds
 * for the names of JSON objects' members (map keys, unknown members), the names and file names of
 * multipart file parts, and path variables (an encoded NUL in the path, over MockMvc and over real
 * HTTP to the embedded Tomcat).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NulSweepIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String NUL = "\u0000";
    static final String PASSWORD = "nul-sweep-test-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    UserAccounts users;
    @LocalServerPort
    int port;

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
        var body = filled(row).body();
        var paths = new ArrayList<List<String>>();
        walk(body, List.of(), paths, true);
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

    /**
     * Collects the paths of every string ({@code strings}) or of every object (otherwise, the body itself
     * being the empty path) under {@code node}; one element of a list stands for the list.
     */
    static void walk(JsonNode node, List<String> prefix, List<List<String>> paths, boolean strings) {
        if (node.isString() && strings) {
            paths.add(prefix);
        } else if (node.isArray() && !node.isEmpty()) {
            var path = new ArrayList<>(prefix);
            path.add("0");
            walk(node.get(0), path, paths, strings);
        } else if (node.isObject()) {
            if (!strings) {
                paths.add(prefix);
            }
            for (var e : node.properties()) {
                var path = new ArrayList<>(prefix);
                path.add(e.getKey());
                walk(e.getValue(), path, paths, strings);
            }
        }
    }

    /** A matrix write as the administrator sends it: the path and the body with their samples filled in. */
    record FilledWrite(String path, JsonNode body) {
    }

    FilledWrite filled(Row row) {
        Endpoint endpoint = row.endpoint();
        var shared = new HashMap<String, String>(); // the body may name the path's records
        String path = matrix.samples.fill(endpoint, endpoint.path(), Actor.ADMIN, shared);
        return new FilledWrite(path, JSON.readTree(matrix.samples.fill(endpoint, row.body(), Actor.ADMIN, shared)));
    }

    /** The node at these steps (member names, list indexes) of a body. */
    static JsonNode at(JsonNode body, List<String> steps) {
        JsonNode node = body;
        for (String step : steps) {
            node = node.isArray() ? node.get(Integer.parseInt(step)) : node.get(step);
        }
        return node;
    }

    /** Sends a (changed) filled write with the matrix row's headers as the administrator. */
    MockHttpServletResponse send(Row row, FilledWrite write) throws Exception {
        var request = request(HttpMethod.valueOf(row.endpoint().method()), write.path()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(write.body()));
        for (String header : row.headers().split(";")) {
            if (header.contains(":")) {
                request.header(header.substring(0, header.indexOf(':')).strip(), header.substring(header.indexOf(':') + 1).strip());
            }
        }
        requests.incrementAndGet();
        return mvc.perform(matrix.signedIn.as(Actor.ADMIN, request, true)).andReturn().getResponse();
    }

    /** The matrix's write with a NUL at the end of the string at this path (or a NUL string where the body has none). */
    MockHttpServletResponse jsonWrite(Row row, List<String> field) throws Exception {
        var write = filled(row);
        JsonNode parent = at(write.body(), field.subList(0, field.size() - 1));
        String last = field.getLast();
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            array.set(index, JSON.getNodeFactory().stringNode(withNul(array.get(index).asString())));
        } else {
            var object = (ObjectNode) parent;
            object.put(last, withNul(object.path(last).asString("Matrix")));
        }
        return send(row, write);
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

    /**
     * A NUL in the name of a JSON object's member, at any depth: a map's key would be stored as
     * text, so every such name is refused as an unreadable body, known member or not.
     */
    @TestFactory
    Stream<DynamicTest> aNulInAnyJsonMemberNameIsAnUnreadableBody() {
        var rows = Sweeps.rows().values().stream().filter(NulSweepIntegrationTests::write)
                .filter(r -> r.endpoint().path().startsWith("/api/") && r.body().startsWith("{")).toList();
        assertThat(rows).hasSizeGreaterThan(40);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var wrong = new ArrayList<String>();
            var objects = jsonObjects(row);
            for (List<String> object : objects) {
                var response = jsonKeyWrite(row, object);
                check(row, "member name in /" + String.join("/", object), response, true, wrong);
            }
            assertThat(wrong).as("%s with a NUL member name in %d objects", row.endpoint(), objects.size()).isEmpty();
        }));
    }

    /**
     * A NUL in a multipart file part's file name ({@code filename=}, raw or as {@code filename*=}
     * percent-encoded UTF-8) or in a file part's name: 400 on every multipart endpoint (a problem
     * detail for the API, a page for a form), and no table changes.
     */
    @TestFactory
    Stream<DynamicTest> aNulInAFilePartsNameOrFileNameIsAnInvalidParameter() {
        var endpoints = UploadSweepIntegrationTests.multipartEndpoints(context).entrySet().stream()
                .filter(e -> !e.getValue().equals(UploadSweepIntegrationTests.RAW)).toList();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(8);
        var rows = Sweeps.rows();
        byte[] text = "Organization,Country\nNul Sample Oy,FI\n".getBytes(StandardCharsets.UTF_8);
        return endpoints.stream().map(e -> DynamicTest.dynamicTest(e.getKey().toString(), () -> {
            var row = rows.get(e.getKey());
            String part = e.getValue();
            var wrong = new ArrayList<String>();
            var cases = new java.util.LinkedHashMap<String, List<MockMultipartFile>>();
            cases.put("file name", List.of(new MockMultipartFile(part, "notes" + NUL + ".txt", "text/plain", text)));
            cases.put("name of another file part", List.of(new MockMultipartFile(part, "notes.txt", "text/plain", text),
                    new MockMultipartFile("extra" + NUL, "more.txt", "text/plain", text)));
            for (var c : cases.entrySet()) {
                var request = multipartRequest(e.getKey(), row, c.getValue()); // its sample records made first
                var before = Sweeps.settledFingerprint(dataSource);
                var response = mvc.perform(request).andReturn().getResponse();
                requests.incrementAndGet();
                var changed = Sweeps.differences(before, Sweeps.settledFingerprint(dataSource));
                refusedAs400(c.getKey(), response.getStatus(), String.valueOf(response.getContentType()),
                        response.getContentAsString(StandardCharsets.UTF_8), e.getKey().path().startsWith("/api/"), wrong);
                if (!changed.isEmpty()) {
                    wrong.add(c.getKey() + ": tables changed " + changed.keySet());
                }
            }
            assertThat(wrong).as("%s", e.getKey()).isEmpty();
        }));
    }

    /**
     * The same over real HTTP, the part's header written by hand as a client sends it: the raw NUL
     * byte in {@code filename="..."} and {@code filename*=UTF-8''...%00...}, to the API's import
     * upload (which keeps the file name) and the agreement page's document upload.
     */
    @Test
    void aNulInAFileNameSentOverHttpIsRefused() throws Exception {
        users.createIfAbsent(NewUser.staff("nul-sweep-admin", "NUL sweep administrator", PASSWORD, Role.ADMINISTRATOR));
        var page = new PageClient(port).signIn("nul-sweep-admin", PASSWORD);
        var wrong = new ArrayList<String>();
        for (String disposition : List.of("filename=\"notes" + NUL + ".txt\"", "filename*=UTF-8''notes%00.txt")) {
            var shared = new HashMap<String, String>();
            var upload = new Endpoint("POST", "/agreements/{id}/documents");
            String path = matrix.samples.fill(upload, upload.path(), Actor.ADMIN, shared); // its sample records made first
            var before = Sweeps.settledFingerprint(dataSource);
            String boundary = "----NulBoundary" + Long.toHexString(System.nanoTime());
            byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; " + disposition
                    + "\r\nContent-Type: text/plain\r\n\r\nOrganization,Country\nNul Sample Oy,FI\n\r\n--" + boundary + "--\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/imports"))
                    .header("Authorization", "Bearer " + matrix.signedIn.token(Actor.ADMIN)).header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
            try (var client = java.net.http.HttpClient.newHttpClient()) {
                var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                refusedAs400("API import, " + disposition, response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""), response.body(), true, wrong);
            }
            var answer = page.postMultipart(path, List.of(), "file", disposition.startsWith("filename*")
                    ? "notes.txt\"; " + disposition + "; x=\"" : "notes" + NUL + ".txt", "text/plain",
                    "Nul sample notes".getBytes(StandardCharsets.UTF_8));
            refusedAs400("agreement page, " + disposition, answer.status(), "text/html", answer.body(), false, wrong);
            var changed = Sweeps.differences(before, Sweeps.settledFingerprint(dataSource));
            if (!changed.isEmpty()) {
                wrong.add(disposition + ": tables changed " + changed.keySet());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * An encoded NUL in any path variable of any endpoint (one variable at a time): 400 before any
     * handler runs (the firewall), a problem detail for the API, a page otherwise.
     */
    @TestFactory
    Stream<DynamicTest> aNulInAnyPathVariableIsABadRequest() {
        var rows = Sweeps.rows().values().stream().filter(r -> r.endpoint().path().contains("{")).toList();
        assertThat(rows).hasSizeGreaterThan(100);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var wrong = new ArrayList<String>();
            String[] segments = row.endpoint().path().split("/", -1);
            var variables = new ArrayList<Integer>();
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].contains("{")) {
                    variables.add(i);
                }
            }
            for (int index : variables) {
                var response = mvc.perform(pathRequest(row, index)).andReturn().getResponse();
                requests.incrementAndGet();
                statuses.computeIfAbsent(response.getStatus(), k -> new AtomicInteger()).incrementAndGet();
                boolean api = row.endpoint().path().startsWith("/api/");
                if (api || response.getContentAsString().contains("<html")) {
                    refusedAs400(segments[index], response.getStatus(), String.valueOf(response.getContentType()),
                            response.getContentAsString(StandardCharsets.UTF_8), api, wrong);
                } else if (response.getStatus() != 400) {
                    // a page refused before Spring MVC: the container renders the error page (not under MockMvc)
                    wrong.add(segments[index] + ": " + response.getStatus());
                }
            }
            assertThat(wrong).as("%s with NUL in each of its %d path variables", row.endpoint(), variables.size()).isEmpty();
        }));
    }

    /**
     * Over real HTTP the container itself refuses the encoded NUL first (Tomcat's URI check, before
     * any filter of ours): 400 and a generic body with no stack trace, API and page alike. (Its
     * body is Tomcat's own short error page, not a problem detail: nothing of the application runs.)
     */
    @Test
    void aNulInAPathSentOverHttpIsABadRequest() throws Exception {
        var wrong = new ArrayList<String>();
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            for (String path : List.of("/api/v1/organizations/Matrix%00Nul", "/news/topics/Matrix%00Nul",
                    "/api/v1/agreements/Matrix%00Nul/documents?fileName=notes.txt")) {
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + matrix.signedIn.token(Actor.ADMIN))
                        .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").build();
                var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 400 || response.body().contains("Exception") || response.body().contains("at org.")) {
                    wrong.add(path + ": " + response.statusCode() + " " + HtmlInspection.abbreviate(response.body()));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** 400, with a problem detail (API) or a page (form) saying so. */
    void refusedAs400(String what, int status, String type, String body, boolean api, List<String> wrong) {
        String answer = what + ": " + status + " " + type + " " + HtmlInspection.abbreviate(body);
        if (status != 400) {
            wrong.add(answer);
        } else if (api && !(type.contains("problem+json") && body.contains("\"code\""))) {
            wrong.add(answer + " (not a problem detail)");
        } else if (!api && !(type.contains("html") && body.contains("<html"))) {
            wrong.add(answer + " (not a page)");
        }
    }

    /** The row's request (fields from its body) with these file parts, signed in as the administrator. */
    AbstractMockHttpServletRequestBuilder<?> multipartRequest(Endpoint endpoint, Row row, List<MockMultipartFile> files)
            throws Exception {
        var shared = new HashMap<String, String>();
        String path = matrix.samples.fill(endpoint, endpoint.path(), Actor.ADMIN, shared);
        String body = matrix.samples.fill(endpoint, row.body(), Actor.ADMIN, shared);
        var request = multipart(HttpMethod.valueOf(endpoint.method()), path);
        files.forEach(request::file);
        for (String pair : body.split("&")) {
            if (pair.contains("=")) {
                String name = pair.substring(0, pair.indexOf('='));
                if (files.stream().noneMatch(f -> f.getName().equals(name))) {
                    request.param(name, java.net.URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8));
                }
            }
        }
        boolean api = path.startsWith("/api/");
        request.accept(api ? "application/json" : "text/html").with(csrf());
        if (api) {
            request.header("Authorization", "Bearer " + matrix.signedIn.token(Actor.ADMIN));
        } else {
            request.session(matrix.signedIn.session(Actor.ADMIN));
        }
        return request;
    }

    /** The row's request with the path segment at this index (a variable) replaced by an encoded NUL, as it goes on the wire. */
    MockHttpServletRequestBuilder pathRequest(Row row, int index) throws Exception {
        Endpoint endpoint = row.endpoint();
        String method = endpoint.method().equals("*") ? "GET" : endpoint.method();
        var shared = new HashMap<String, String>();
        String[] filled = matrix.samples.fill(endpoint, endpoint.path(), Actor.ADMIN, shared).split("/", -1);
        String body = matrix.samples.fill(endpoint, row.body(), Actor.ADMIN, shared);
        String segment = endpoint.path().split("/", -1)[index];
        filled[index] = segment.replaceAll("\\{[^}]+}", "Matrix%00Nul");
        String path = String.join("/", filled);
        boolean query = !body.isEmpty() && ("GET".equals(method) || "DELETE".equals(method));
        var request = request(HttpMethod.valueOf(method), java.net.URI.create(path));
        if (!body.isEmpty() && !query) {
            request.contentType(body.startsWith("{") || body.startsWith("[") ? MediaType.APPLICATION_JSON
                    : MediaType.APPLICATION_FORM_URLENCODED).content(body.getBytes(StandardCharsets.UTF_8));
        }
        boolean api = path.startsWith("/api/");
        request.header("Accept", api ? "application/json" : "text/html");
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            request.with(csrf());
        }
        return matrix.signedIn.as(Actor.ADMIN, request, api);
    }

    /** Paths of every object in the filled body (the body itself is the empty path; one element of a list stands for the list). */
    List<List<String>> jsonObjects(Row row) {
        var paths = new ArrayList<List<String>>();
        walk(filled(row).body(), List.of(), paths, false);
        return paths;
    }

    /** The matrix's write with one more member, its name holding a NUL, in the object at this path. */
    MockHttpServletResponse jsonKeyWrite(Row row, List<String> object) throws Exception {
        var write = filled(row);
        ((ObjectNode) at(write.body(), object)).put("Matrix" + NUL + "key", "Matrix value");
        return send(row, write);
    }

    @AfterAll
    void figures() {
        System.out.println("NUL sweep: " + requests.get() + " requests, answers by status " + statuses);
    }
}
