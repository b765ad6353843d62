package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint × every actor (anonymous, partner, cooperation manager, committee member,
 * administrator) against the committed table {@code src/test/resources/authz/matrix.md}. The
 * endpoints come from Spring MVC's handler mappings, so an endpoint without a row fails, and so
 * does a row without an endpoint. Requests are signed in for real: a session from the login form
 * for pages, a personal API token for {@code /api/**}.
 * <p>
 * To add an endpoint: add its row to the table (the failure message of
 * {@link #everyEndpointHasARowAndEveryRowAnEndpoint()} prints a row with today's statuses for you
 * to review), and, if its path has a variable the {@link Samples} do not know, register a
 * supplier of a real id in {@link #registerSamples()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    static final String TABLE = "/authz/matrix.md";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;

    SignedIn signedIn;
    final Samples samples = new Samples();

    @BeforeAll
    void signIn() {
        signedIn = new SignedIn(mvc, accounts, tokens, "matrix", UUID.randomUUID());
        registerSamples();
    }

    /**
     * Real ids for path variables, made fresh for each request so that a DELETE by one actor
     * does not change what the next one sees. Key: the variable name, or "template {variable}"
     * when the same name means different records on different paths.
     */
    void registerSamples() {
        Function<Samples.Request, String> ownToken = r -> tokens.issue(
                signedIn.user(r.actor().isAnonymous() ? Actor.ADMIN : r.actor()).id(), "matrix sample", null)
                .token().id().toString();
        samples.at("/api/v1/me/tokens/{id}", "id", ownToken);
        samples.at("/account/tokens/{id}/revoke", "id", ownToken);
        samples.variable("**", r -> "liveness"); // /actuator/health/**
    }

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() throws Exception {
        var table = Row.read();
        var endpoints = endpoints();
        var missing = new ArrayList<String>();
        for (var endpoint : endpoints) {
            if (!table.containsKey(endpoint)) {
                missing.add(suggestedRow(endpoint));
            }
        }
        var stale = new TreeSet<>(table.keySet());
        stale.removeAll(endpoints);
        assertThat(missing)
                .as("Endpoints without a row in %s. Rows with today's statuses, to REVIEW before adding:%n%s",
                        TABLE, String.join("\n", missing))
                .isEmpty();
        assertThat(stale).as("Rows in %s for endpoints that do not exist", TABLE).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachActorAsTheTableSays() throws IOException {
        return Row.read().values().stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var wrong = new LinkedHashMap<Actor, String>();
            for (Actor actor : Actor.values()) {
                int status = perform(row.endpoint(), row.body(), actor);
                if (status != row.expected().get(actor)) {
                    wrong.put(actor, "expected " + row.expected().get(actor) + " but was " + status);
                }
            }
            assertThat(wrong).as("%s", row.endpoint()).isEmpty();
        }));
    }

    /** Every (method, path template) that Spring MVC serves; a mapping without methods is listed as {@code *}. */
    TreeSet<Endpoint> endpoints() {
        var all = new TreeSet<Endpoint>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (var info : mapping.getHandlerMethods().keySet()) {
                var methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        all.add(new Endpoint("*", pattern));
                    }
                    methods.forEach(m -> all.add(new Endpoint(m.name(), pattern)));
                }
            }
        }
        return all;
    }

    int perform(Endpoint endpoint, String body, Actor actor) throws Exception {
        String method = endpoint.method().equals("*") ? "GET" : endpoint.method();
        String path = samples.fill(endpoint, actor);
        boolean api = path.startsWith("/api/");
        var request = request(HttpMethod.valueOf(method), path);
        if (!body.isEmpty()) {
            request.contentType(body.startsWith("{") || body.startsWith("[") ? MediaType.APPLICATION_JSON
                    : MediaType.APPLICATION_FORM_URLENCODED).content(body.getBytes(StandardCharsets.UTF_8));
        }
        if (api) {
            request.accept(MediaType.APPLICATION_JSON);
        } else {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"); // as a browser does
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            request.with(csrf()); // the matrix checks authorization; CSRF has its own tests
        }
        return mvc.perform(signedIn.as(actor, request, api)).andReturn().getResponse().getStatus();
    }

    String suggestedRow(Endpoint endpoint) {
        var statuses = new ArrayList<String>();
        for (Actor actor : Actor.values()) {
            try {
                statuses.add(String.valueOf(perform(endpoint, "", actor)));
            } catch (Exception | AssertionError e) {
                statuses.add("?");
            }
        }
        return "| " + endpoint.method() + " | " + endpoint.path() + " | " + String.join(" | ", statuses) + " |  |";
    }

    record Endpoint(String method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One line of the table: | method | path | anonymous | partner | manager | committee | admin | body |. */
    record Row(Endpoint endpoint, Map<Actor, Integer> expected, String body) {

        static Map<Endpoint, Row> read() throws IOException {
            try (InputStream in = AuthorizationMatrixIntegrationTests.class.getResourceAsStream(TABLE)) {
                assertThat(in).as("The matrix %s", TABLE).isNotNull();
                var rows = new LinkedHashMap<Endpoint, Row>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String trimmed = line.strip();
                    if (!trimmed.startsWith("|") || trimmed.startsWith("| method") || trimmed.startsWith("|--")
                            || trimmed.startsWith("| ---")) {
                        continue;
                    }
                    String[] cells = trimmed.substring(1, trimmed.endsWith("|") ? trimmed.length() - 1 : trimmed.length())
                            .split("\\|", -1);
                    assertThat(cells.length).as("Columns of the row %s", line).isGreaterThanOrEqualTo(7);
                    var endpoint = new Endpoint(cells[0].strip(), cells[1].strip());
                    var expected = new EnumMap<Actor, Integer>(Actor.class);
                    for (Actor actor : Actor.values()) {
                        expected.put(actor, Integer.parseInt(cells[2 + actor.ordinal()].strip()));
                    }
                    String body = cells.length > 7 ? cells[7].strip() : "";
                    assertThat(rows.put(endpoint, new Row(endpoint, expected, body))).as("Duplicate row %s", endpoint)
                            .isNull();
                }
                return rows;
            }
        }
    }

    /** Suppliers of real ids for path variables, by variable name or by template and name. */
    static final class Samples {

        private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::[^}]*)?}|(\\*\\*)");

        record Request(Endpoint endpoint, String variable, Actor actor) {}

        private final Map<String, Function<Request, String>> byVariable = new HashMap<>();
        private final Map<String, Function<Request, String>> byTemplate = new HashMap<>();

        void variable(String name, Function<Request, String> supplier) {
            byVariable.put(name, supplier);
        }

        void at(String template, String name, Function<Request, String> supplier) {
            byTemplate.put(template + " {" + name + "}", supplier);
        }

        String fill(Endpoint endpoint, Actor actor) {
            Matcher m = VARIABLE.matcher(endpoint.path());
            var out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                var supplier = byTemplate.getOrDefault(endpoint.path() + " {" + name + "}", byVariable.get(name));
                assertThat(supplier)
                        .as("No sample id for {%s} in %s: register one in AuthorizationMatrixIntegrationTests.registerSamples()",
                                name, endpoint.path())
                        .isNotNull();
                m.appendReplacement(out, Matcher.quoteReplacement(supplier.apply(new Request(endpoint, name, actor))));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
