package org.liaison.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.internal.Totp;
import org.liaison.support.SecondFactorWallet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first start of an instance set up for automation ({@code LIAISON_ADMIN_PASSWORD} and
 * {@code LIAISON_ADMIN_TOKEN}), over real HTTP against the embedded server, so the session
 * cookie's flags are the ones a browser sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "liaison.access.admin-password=first-admin-passphrase",
        "liaison.access.admin-token=" + AdministratorBootstrapIntegrationTests.ADMIN_TOKEN })
@Tag("persistence")
class AdministratorBootstrapIntegrationTests {

    static final String ADMIN_TOKEN = "ci-admin-token-0123456789abcdef";
    static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<ApplicationRunner> runners;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theAdminTokenFromTheEnvironmentWorksFromTheFirstStart() throws Exception {
        var me = http.send(HttpRequest.newBuilder(url("/api/v1/me")).header("Authorization", "Bearer " + ADMIN_TOKEN)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"admin\"").contains("ADMINISTRATOR");
        assertThat(me.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class,
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(ADMIN_TOKEN.getBytes(StandardCharsets.UTF_8))))).isEqualTo(1);
    }

    @Test
    void aSecondStartCreatesNothing() throws Exception {
        int users = jdbc.queryForObject("select count(*) from user_account", Integer.class);
        int tokens = jdbc.queryForObject("select count(*) from api_token", Integer.class);
        ApplicationArguments none = new DefaultApplicationArguments();
        var bootstrap = runners.stream().filter(r -> r.getClass().getSimpleName().startsWith("AdministratorBootstrap"))
                .toList();
        assertThat(bootstrap).hasSize(1);
        bootstrap.get(0).run(none);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(users);
        assertThat(jdbc.queryForObject("select count(*) from api_token", Integer.class)).isEqualTo(tokens);
    }

    @Test
    void theAdministratorSignsInWithThePasswordFromTheEnvironmentAndTheCookieIsLockedDown() throws Exception {
        var loginPage = http.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String preLoginSession = cookie.substring(0, cookie.indexOf(';'));
        var csrf = CSRF_META.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();

        var login = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", preLoginSession)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=first-admin-passphrase&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String rotated = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(rotated).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String session = rotated.substring(0, rotated.indexOf(';'));
        assertThat(session).isNotEqualTo(preLoginSession);

        // the administrator must set up a second factor before anything else
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/account/second-factor");
        var halfway = http.send(HttpRequest.newBuilder(url("/api/v1/me")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(halfway.statusCode()).isEqualTo(401);
        var enrolment = http.send(HttpRequest.newBuilder(url("/account/second-factor")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        String key = SecondFactorWallet.secretIn(enrolment.body());
        var enrolCsrf = CSRF_META.matcher(enrolment.body());
        assertThat(enrolCsrf.find()).isTrue();
        var enrolled = http.send(HttpRequest.newBuilder(url("/account/second-factor"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString("code=" + Totp.code(key, java.time.Instant.now()) + "&_csrf="
                        + URLEncoder.encode(enrolCsrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(SecondFactorWallet.recoveryCodesIn(enrolled.body())).hasSize(10);
        String stepped = enrolled.headers().firstValue("Set-Cookie").orElseThrow();
        session = stepped.substring(0, stepped.indexOf(';'));

        var me = http.send(HttpRequest.newBuilder(url("/api/v1/me")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"admin\"");
        var old = http.send(HttpRequest.newBuilder(url("/api/v1/me")).header("Cookie", preLoginSession).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(old.statusCode()).isEqualTo(401);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
