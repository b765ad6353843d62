package org.liaison.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.support.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checklist items 6 (cookie flags) and 9 (headers) and 14 (generic errors) on a real Tomcat: each
 * header on HTML, JSON, error and download responses; no-store on personal data; the session
 * cookie's flags, Secure behind a TLS proxy; error bodies that name no exception and show no trace,
 * also for an unexpected failure (a handler that throws, present in this test's context only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(HeadersCookiesAndErrorsIntegrationTests.Failing.class)
@Tag("persistence")
class HeadersCookiesAndErrorsIntegrationTests {

    static final String PASSWORD = "headers-test-password-2012";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String token;
    String username;
    String calendar;

    /** Fails on purpose with a message and a class name that must not reach the caller. */
    @TestComponent
    @RestController
    static class Failing {

        @GetMapping("/api/v1/test-failure")
        String api() {
            throw new IllegalStateException("secret internals of org.liaison.SomethingInternal");
        }

        @GetMapping("/test-failure")
        String page() {
            throw new NullPointerException("secret internals of org.liaison.SomethingInternal");
        }
    }

    @BeforeEach
    void user() throws Exception {
        if (token == null) {
            username = "headers-" + UUID.randomUUID().toString().substring(0, 8);
            var user = accounts.create(NewUser.staff(username, "Headers test", PASSWORD, Role.COOPERATION_MANAGER));
            token = tokens.issue(user.id(), "headers", null).secret();
            var issued = send(HttpRequest.newBuilder(url("/api/v1/me/calendar")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            var matcher = Pattern.compile("\"url\":\"[^\"]*(/calendar/[^\"]+\\.ics)\"").matcher(issued.body());
            assertThat(matcher.find()).as(issued.body()).isTrue();
            calendar = matcher.group(1);
        }
    }

    /** One response of each kind: a page, JSON, a page error, an API error, a download. */
    Map<String, HttpResponse<String>> eachKind() throws Exception {
        return Map.of(
                "page", get("/login"),
                "json", send(HttpRequest.newBuilder(url("/api/v1/me")).header("Authorization", "Bearer " + token)),
                "page error", send(HttpRequest.newBuilder(url("/directory/people/" + UUID.randomUUID()))
                        .header("Accept", "text/html").header("Cookie", "JSESSIONID=" + session())),
                "api error", send(HttpRequest.newBuilder(url("/api/v1/me/tokens/" + UUID.randomUUID()))
                        .header("Authorization", "Bearer " + token)),
                "download", send(HttpRequest.newBuilder(url(calendar)).header("Accept", "text/calendar")));
    }

    /** A signed-in session of the test's user, for pages. */
    String session() {
        return new PageClient(port).signIn(username, PASSWORD).cookie("JSESSIONID").orElseThrow();
    }

    @Test
    void everyKindOfResponseCarriesTheContentSecurityPolicyWithFrameAncestorsNone() throws Exception {
        eachKind().forEach((kind, response) -> assertThat(response.headers().firstValue("Content-Security-Policy"))
                .as(kind).hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'")
                        .contains("script-src 'self'").contains("object-src 'none'").doesNotContain("unsafe-inline")));
    }

    @Test
    void everyKindOfResponseCarriesNosniff() throws Exception {
        eachKind().forEach((kind, response) -> assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(kind).hasValue("nosniff"));
    }

    @Test
    void everyKindOfResponseCarriesAReferrerPolicy() throws Exception {
        eachKind().forEach((kind, response) -> assertThat(response.headers().firstValue("Referrer-Policy"))
                .as(kind).hasValue("strict-origin-when-cross-origin"));
    }

    @Test
    void textResponsesNameTheirCharset() throws Exception {
        eachKind().forEach((kind, response) -> assertThat(response.headers().firstValue("Content-Type"))
                .as(kind).hasValueSatisfying(type -> assertThat(type.toLowerCase())
                        .satisfiesAnyOf(t -> assertThat(t).contains("charset=utf-8"),
                                t -> assertThat(t).startsWith("application/json"),
                                t -> assertThat(t).startsWith("application/problem+json"))));
        assertThat(get("/login").headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t.toLowerCase()).contains("charset=utf-8"));
    }

    @Test
    void personalDataIsNeverStored() throws Exception {
        var client = new PageClient(port).signIn(username, PASSWORD);
        for (String page : List.of("/account/tokens", "/account/password", "/account/second-factor", "/directory", "/directory/people/new")) {
            var answer = client.get(page);
            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.header("Cache-Control")).as(page).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        }
        for (var response : List.of(
                send(HttpRequest.newBuilder(url("/api/v1/me")).header("Authorization", "Bearer " + token)),
                send(HttpRequest.newBuilder(url("/api/v1/me/tokens")).header("Authorization", "Bearer " + token)),
                send(HttpRequest.newBuilder(url(calendar)).header("Accept", "text/calendar")))) {
            assertThat(response.statusCode()).as(response.uri().getPath()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(response.uri().getPath())
                    .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindTls() throws Exception {
        String plain = get("/login").headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(plain).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        // the proxy in front terminates TLS and says so
        var behindTls = send(HttpRequest.newBuilder(url("/login")).header("X-Forwarded-Proto", "https"));
        String secure = behindTls.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(secure).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("; Secure");
    }

    @Test
    void unexpectedFailuresAnswerAGenericBodyWithoutTracesOrClassNames() throws Exception {
        var api = send(HttpRequest.newBuilder(url("/api/v1/test-failure")).header("Authorization", "Bearer " + token));
        assertThat(api.statusCode()).isEqualTo(500);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertGeneric(api.body());

        var client = new PageClient(port).signIn(username, PASSWORD);
        var page = client.get("/test-failure");
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("<html");
        assertGeneric(page.body());
    }

    @Test
    void badRequestsAnswerGenericProblemsToo() throws Exception {
        var auth = "Bearer " + token;
        var badJson = send(HttpRequest.newBuilder(url("/api/v1/me/tokens")).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\": ")));
        var invalidUtf8 = send(HttpRequest.newBuilder(url("/api/v1/me/tokens")).header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { '{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' })));
        var badId = send(HttpRequest.newBuilder(url("/api/v1/me/tokens/not-a-uuid")).header("Authorization", auth));
        var wrongMethod = send(HttpRequest.newBuilder(url("/api/v1/me")).header("Authorization", auth)
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        var unknown = send(HttpRequest.newBuilder(url("/api/v1/nothing-here")).header("Authorization", auth));
        for (var response : List.of(badJson, invalidUtf8, badId, wrongMethod, unknown)) {
            assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isBetween(400, 499);
            assertGeneric(response.body());
        }
    }

    private static void assertGeneric(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("secret internals").doesNotContain("SomethingInternal")
                .doesNotContain("\tat ").doesNotContain("at org.").doesNotContain("java.lang").doesNotContain("trace");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
