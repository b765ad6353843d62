package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.AuthorizationMatrixIntegrationTests.Endpoint;
import org.liaison.AuthorizationMatrixIntegrationTests.Row;
import org.liaison.access.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * CSRF (checklist item 5) on every state-changing route an administrator may use with a session:
 * every non-GET page of the matrix and every API write made with the session cookie instead of a
 * token. Each is sent with no token, with a stale token (from an earlier session of the same
 * user) and with the token the login page handed out before sign-in: each answers 403 and no
 * table changes. The same request with a valid token is what the matrix itself sends, so the
 * routes are reachable.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfSweepIntegrationTests {

    static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    AuthorizationMatrixIntegrationTests matrix;

    @BeforeAll
    void setUp() {
        matrix = Sweeps.matrix(context);
    }

    @TestFactory
    Stream<DynamicTest> writesWithoutAValidTokenAreRefusedAndChangeNothing() {
        // as the cooperation manager: CSRF is checked before authorization, so the role does not
        // change the answer, and administrators' second factor allows only a few sign-ins a minute
        var rows = Sweeps.rows().values().stream()
                .filter(r -> !List.of("GET", "HEAD", "*").contains(r.endpoint().method()))
                .filter(r -> r.expected().get(Actor.MANAGER) < 400)
                .toList();
        assertThat(rows).hasSizeGreaterThan(80);
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var wrong = new ArrayList<String>();
            // sessions, tokens and the sample records first: only the refused writes are measured
            var requests = new java.util.LinkedHashMap<String, MockHttpServletRequestBuilder>();
            for (String kind : List.of("missing", "stale", "pre-login")) {
                var session = matrix.signedIn.login(matrix.signedIn.user(Actor.MANAGER).username(), Actor.PASSWORD);
                String token = kind.equals("stale") ? staleToken() : null;
                if (kind.equals("pre-login")) {
                    var anonymous = new MockHttpSession();
                    token = token(mvc.perform(get("/login").session(anonymous)).andReturn().getResponse()
                            .getContentAsString(StandardCharsets.UTF_8));
                    mvc.perform(post("/login").session(anonymous).param("username", matrix.signedIn.user(Actor.MANAGER).username())
                            .param("password", Actor.PASSWORD).param("_csrf", token));
                    session = anonymous;
                }
                requests.put(kind, request(row, session, token));
            }
            var before = Sweeps.settledFingerprint(dataSource);
            for (var request : requests.entrySet()) {
                int status = mvc.perform(request.getValue()).andReturn().getResponse().getStatus();
                if (status != 403) {
                    wrong.add(request.getKey() + " token: " + status);
                }
            }
            var changed = Sweeps.differences(before, Sweeps.settledFingerprint(dataSource));
            assertThat(wrong).as("%s without a valid CSRF token", row.endpoint()).isEmpty();
            assertThat(changed).as("Tables %s changed without a valid CSRF token", row.endpoint()).isEmpty();
        }));
    }

    /** A token a signed-in page of another (earlier) session of the same user carried. */
    String staleToken() throws Exception {
        var earlier = matrix.signedIn.login(matrix.signedIn.user(Actor.MANAGER).username(), Actor.PASSWORD);
        String token = token(mvc.perform(get("/account/tokens").session(earlier)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        mvc.perform(post("/logout").session(earlier).with(csrf()));
        return token;
    }

    static String token(String page) {
        var m = CSRF_META.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    /** The matrix's request for the row, on the given session (never a bearer token), with the given token or none. */
    MockHttpServletRequestBuilder request(Row row, MockHttpSession session, String token) throws Exception {
        var shared = new HashMap<String, String>();
        Endpoint endpoint = row.endpoint();
        String path = matrix.samples.fill(endpoint, endpoint.path(), Actor.MANAGER, shared);
        String body = matrix.samples.fill(endpoint, row.body(), Actor.MANAGER, shared);
        boolean query = !body.isEmpty() && endpoint.method().equals("DELETE");
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .request(org.springframework.http.HttpMethod.valueOf(endpoint.method()), query ? path + "?" + body : path)
                .session(session);
        for (String header : row.headers().split(";")) {
            if (header.contains(":")) {
                request.header(header.substring(0, header.indexOf(':')).strip(), header.substring(header.indexOf(':') + 1).strip());
            }
        }
        if (!body.isEmpty() && !query) {
            request.contentType(body.startsWith("{") || body.startsWith("[") ? org.springframework.http.MediaType.APPLICATION_JSON
                    : org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED).content(body.getBytes(StandardCharsets.UTF_8));
        }
        if (token != null) {
            request.header("X-CSRF-TOKEN", token);
        }
        return request;
    }
}
