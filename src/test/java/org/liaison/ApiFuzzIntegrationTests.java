package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzing through the HTTP API (RELIABILITY item 15), in one Spring context started once (its
 * instance is reused across all executions), requests signed in as in the authorization matrix:
 * <ul>
 * <li>{@link #bodies}: JSON bodies for a few writes (organizations, duplicates, people, news,
 * engagements, agreements, ingest text): raw fuzzed text, or the matrix's valid body with one
 * field replaced by a fuzzed value (strings, numbers at their limits, nesting, arrays, objects)
 * or a fuzzed field added;</li>
 * <li>{@link #search}: the organization search (free text, country and kind filters, page and
 * size) as an administrator and as a partner;</li>
 * <li>{@link #upload}: fuzzed files to the ingest upload (type told by content, text extracted,
 * facts proposed).</li>
 * </ul>
 * The property: never a 5xx. In the normal build each replays its seeds and every input the fuzzer
 * found ({@code ApiFuzzIntegrationTestsInputs/<method>/}); {@code ./mvnw test -Pfuzz} fuzzes each
 * for 60 s.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
class ApiFuzzIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The writes fuzzed: JSON bodies, no path variables, each with a valid sample in the matrix. */
    static final List<Endpoint> WRITES = List.of(new Endpoint("POST", "/api/v1/organizations"),
            new Endpoint("POST", "/api/v1/organizations/duplicates"), new Endpoint("POST", "/api/v1/people"),
            new Endpoint("POST", "/api/v1/news"), new Endpoint("POST", "/api/v1/engagements"),
            new Endpoint("POST", "/api/v1/agreements"), new Endpoint("POST", "/api/v1/ingest/extract"));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AuthorizationMatrixIntegrationTests matrix;
    List<Row> rows;

    /** Signs the matrix's users in once: fuzzing reuses this instance for every execution. */
    void ready() {
        if (matrix == null) {
            matrix = Sweeps.matrix(context);
            var all = Sweeps.rows();
            rows = WRITES.stream().map(all::get).toList();
            assertThat(rows).doesNotContainNull();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void bodies(FuzzedDataProvider data) throws Exception {
        ready();
        var row = rows.get(data.consumeInt(0, rows.size() - 1));
        var shared = new HashMap<String, String>();
        String path = matrix.samples.fill(row.endpoint(), row.endpoint().path(), Actor.ADMIN, shared);
        String valid = matrix.samples.fill(row.endpoint(), row.body(), Actor.ADMIN, shared);
        byte[] body = switch (data.consumeInt(0, 2)) {
            case 0 -> data.consumeRemainingAsBytes();
            case 1 -> {
                var node = JSON.readTree(valid);
                var places = new java.util.ArrayList<Runnable>();
                places(node, data, places);
                places.get(data.consumeInt(0, places.size() - 1)).run();
                yield JSON.writeValueAsBytes(node);
            }
            default -> {
                var node = (ObjectNode) JSON.readTree(valid);
                node.set(data.consumeString(20), value(data, 0));
                yield JSON.writeValueAsBytes(node);
            }
        };
        var request = request(HttpMethod.valueOf(row.endpoint().method()), path).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body);
        var response = perform(Actor.ADMIN, request);
        assertThat(response.getStatus()).as("%s with %s: %s", row.endpoint(), new String(body, StandardCharsets.UTF_8),
                response.getContentAsString(StandardCharsets.UTF_8)).isLessThan(500);
    }

    @FuzzTest(maxDuration = "60s")
    void search(FuzzedDataProvider data) throws Exception {
        ready();
        var actor = data.consumeBoolean() ? Actor.ADMIN : Actor.PARTNER;
        var request = get("/api/v1/organizations").accept(MediaType.APPLICATION_JSON);
        int filters = data.consumeInt(0, 3);
        for (int i = 0; i < filters; i++) {
            request.queryParam(data.consumeBoolean() ? "country" : "kind", data.consumeString(12));
        }
        if (data.consumeBoolean()) {
            request.queryParam("page", data.consumeBoolean() ? String.valueOf(data.consumeInt()) : data.consumeString(8));
        }
        if (data.consumeBoolean()) {
            request.queryParam("size", String.valueOf(data.consumeInt(-1, 101)));
        }
        String text = data.consumeRemainingAsString();
        request.queryParam("q", text);
        var response = perform(actor, request);
        assertThat(response.getStatus()).as("q=%s: %s", text, response.getContentAsString(StandardCharsets.UTF_8))
                .isLessThan(500);
        if (response.getStatus() == 200) {
            assertThat(JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).has("total")).isTrue();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void upload(byte[] file) throws Exception {
        ready();
        var request = multipart("/api/v1/ingest/documents/upload")
                .file(new MockMultipartFile("file", "fuzzed", MediaType.APPLICATION_OCTET_STREAM_VALUE, file))
                .accept(MediaType.APPLICATION_JSON);
        request.header("Authorization", "Bearer " + matrix.signedIn.token(Actor.MANAGER));
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s bytes: %s", file.length, response.getContentAsString(StandardCharsets.UTF_8))
                .isLessThan(500);
    }

    MockHttpServletResponse perform(Actor actor, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(matrix.signedIn.as(actor, request, true)).andReturn().getResponse();
    }

    /** Every place of the valid body, nested ones included, as a replacement by a fuzzed value. */
    static void places(JsonNode node, FuzzedDataProvider data, List<Runnable> out) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                out.add(() -> object.set(name, value(data, 0)));
                places(object.get(name), data, out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                out.add(() -> array.set(index, value(data, 0)));
                places(array.get(i), data, out);
            }
        }
    }

    /** A JSON value of the fuzzer's choosing: scalars at their limits, text, arrays and objects (up to 4 deep). */
    static JsonNode value(FuzzedDataProvider data, int depth) {
        var nodes = JsonNodeFactory.instance;
        int kind = data.consumeInt(0, depth >= 4 ? 6 : 8);
        return switch (kind) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.booleanNode(data.consumeBoolean());
            case 2 -> nodes.numberNode(data.consumeLong());
            case 3 -> nodes.numberNode(data.consumeDouble());
            case 4 -> nodes.numberNode(new java.math.BigDecimal(data.consumeLong()).scaleByPowerOfTen(data.consumeInt(-40, 40)));
            case 5, 6 -> nodes.stringNode(data.consumeString(300));
            case 7 -> {
                ArrayNode array = nodes.arrayNode();
                int n = data.consumeInt(0, 4);
                for (int i = 0; i < n; i++) {
                    array.add(value(data, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = nodes.objectNode();
                int n = data.consumeInt(0, 4);
                for (int i = 0; i < n; i++) {
                    object.set(data.consumeString(16), value(data, depth + 1));
                }
                yield object;
            }
        };
    }
}
