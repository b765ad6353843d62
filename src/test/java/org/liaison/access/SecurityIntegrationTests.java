package org.liaison.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/**
 * The security configuration end to end, through the real filter chain and real users: sign-in
 * and sign-out, session rotation, CSRF, bearer tokens, problem details, headers, the password
 * policy and the account rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIntegrationTests {

    static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    SignedIn signedIn;

    @BeforeAll
    void signIn() {
        signedIn = new SignedIn(mvc, accounts, tokens, "security", UUID.randomUUID());
    }

    // Sign-in, sign-out, sessions

    @Test
    void signingInRotatesTheSessionIdAndTheCsrfToken() throws Exception {
        var session = new MockHttpSession();
        String before = session.getId();
        String preLoginToken = csrfToken(mvc.perform(get("/login").session(session)));
        mvc.perform(post("/login").session(session).param("username", "security-manager")
                .param("password", Actor.PASSWORD).param("_csrf", preLoginToken))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"));
        assertThat(session.getId()).isNotEqualTo(before);
        // The token of the login page no longer works once signed in.
        mvc.perform(post("/account/tokens").session(session).param("name", "x").param("_csrf", preLoginToken))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongPasswordOrUnknownUserStaysOnTheLoginPage() throws Exception {
        mvc.perform(post("/login").param("username", "security-manager").param("password", "not-the-password")
                .with(csrf())).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "nobody-at-all").param("password", "not-the-password")
                .with(csrf())).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The username or password is not right.")));
    }

    @Test
    void usernamesIgnoreCaseAtSignIn() throws Exception {
        var session = signedIn.login("SECURITY-Committee", Actor.PASSWORD);
        mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.username").value("security-committee"));
    }

    @Test
    void signingOutEndsTheSessionAndOnlyAPostSignsOut() throws Exception {
        var session = signedIn.login("security-partner", Actor.PASSWORD);
        mvc.perform(get("/logout").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    void disablingAUserEndsTheirSessionsAndTokens() throws Exception {
        var user = accounts.create(NewUser.staff("security-leaver", "Leaver", Actor.PASSWORD, Role.COOPERATION_MANAGER));
        String token = tokens.issue(user.id(), "script", null).secret();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        var session = signedIn.login("security-leaver", Actor.PASSWORD);
        accounts.setEnabled(user.id(), false);
        mvc.perform(get("/account/tokens").session(session)).andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(post("/login").param("username", "security-leaver").param("password", Actor.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void anonymousPageRequestsGoToTheLoginPageAndHtmxOnesGetAnHxRedirect() throws Exception {
        mvc.perform(get("/account/tokens").accept(MediaType.TEXT_HTML)).andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/account/tokens").header("HX-Request", "true")).andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login?expired"));
        // A form posted from a page whose session ended (its CSRF token went with it).
        mvc.perform(post("/account/tokens").header("HX-Request", "true").param("name", "x").param("_csrf", "stale"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login?expired"));
        mvc.perform(post("/account/tokens").param("name", "x")).andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/login").param("expired", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your session has ended.")));
    }

    // CSRF

    @Test
    void pageWritesNeedTheSessionsCsrfToken() throws Exception {
        var session = signedIn.session(Actor.MANAGER);
        mvc.perform(post("/account/tokens").session(session).param("name", "no token")).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").session(session).param("name", "made up")
                .param("_csrf", "a-made-up-token")).andExpect(status().isForbidden());
        String token = csrfToken(mvc.perform(get("/account/tokens").session(session)));
        mvc.perform(post("/account/tokens").session(session).param("name", "with header").header("X-CSRF-TOKEN", token))
                .andExpect(status().isOk());
        mvc.perform(post("/account/tokens").session(session).param("name", "with field").param("_csrf", token))
                .andExpect(status().isOk());
    }

    @Test
    void theApiTakesASessionFromTheBrowserOnlyWithCsrfButABearerTokenWithout() throws Exception {
        var session = signedIn.session(Actor.COMMITTEE);
        mvc.perform(post("/api/v1/me/tokens").session(session).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"from js\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("forbidden"));
        String token = csrfToken(mvc.perform(get("/account/tokens").session(session)));
        mvc.perform(post("/api/v1/me/tokens").session(session).header("X-CSRF-TOKEN", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"from js\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + signedIn.token(Actor.MANAGER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"from a script\"}"))
                .andExpect(status().isCreated());
        // a committee member's token cannot mint another: that takes a session with the second factor
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + signedIn.token(Actor.COMMITTEE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"from a script\"}"))
                .andExpect(status().isForbidden());
    }

    // Bearer tokens

    @Test
    void aGoodTokenAuthenticatesAsItsUserWithoutCreatingASession() throws Exception {
        var result = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + signedIn.token(Actor.PARTNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("security-partner"))
                .andExpect(jsonPath("$.roles[0]").value("PARTNER"))
                .andExpect(jsonPath("$.organization").value(signedIn.partnerOrganization().toString()))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void unknownRevokedAndExpiredTokensAnswer401WithProblemDetails() throws Exception {
        var user = signedIn.user(Actor.MANAGER);
        expectInvalidToken("lia_" + "A".repeat(43));
        expectInvalidToken("");

        var revoked = tokens.issue(user.id(), "to revoke", null);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + revoked.secret())).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/me/tokens/" + revoked.token().id())
                .header("Authorization", "Bearer " + signedIn.token(Actor.MANAGER))).andExpect(status().isNoContent());
        expectInvalidToken(revoked.secret());

        var expiring = tokens.issue(user.id(), "to expire", Instant.now().plusSeconds(3600));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + expiring.secret())).andExpect(status().isOk());
        // Time passes: the expiry is now in the past.
        jdbc.update("update api_token set expires_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                expiring.token().id());
        expectInvalidToken(expiring.secret());
    }

    @Test
    void aTokenNeverOpensPages() throws Exception {
        mvc.perform(get("/account/tokens").header("Authorization", "Bearer " + signedIn.token(Actor.ADMIN))
                .accept(MediaType.TEXT_HTML)).andExpect(status().isFound());
    }

    @Test
    void usersRevokeOnlyTheirOwnTokens() throws Exception {
        var others = tokens.issue(signedIn.user(Actor.ADMIN).id(), "admin's", null);
        mvc.perform(delete("/api/v1/me/tokens/" + others.token().id())
                .header("Authorization", "Bearer " + signedIn.token(Actor.PARTNER)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + others.secret())).andExpect(status().isOk());
    }

    @Test
    void aNewTokenIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        var result = mvc.perform(post("/api/v1/me/tokens")
                .header("Authorization", "Bearer " + signedIn.token(Actor.MANAGER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ci\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/me/tokens/")))
                .andReturn();
        var body = json.readTree(result.getResponse().getContentAsString());
        String secret = body.get("token").asString();
        String id = body.get("id").asString();
        assertThat(secret).startsWith("lia_");
        String stored = jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, UUID.fromString(id));
        assertThat(stored).isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        mvc.perform(get("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + signedIn.token(Actor.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(jsonPath("$.name").value("ci"));

        var session = signedIn.session(Actor.MANAGER);
        var page = mvc.perform(post("/account/tokens").session(session).param("name", "laptop").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var shown = Pattern.compile("<code id=\"new-token\">(lia_[^<]+)</code>").matcher(page);
        assertThat(shown.find()).isTrue();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + shown.group(1))).andExpect(status().isOk());
        mvc.perform(get("/account/tokens").session(session))
                .andExpect(content().string(not(containsString(shown.group(1)))))
                .andExpect(content().string(containsString("laptop")));
    }

    @Test
    void extraFieldsInATokenBodyChangeNothing() throws Exception {
        var admin = signedIn.user(Actor.ADMIN);
        UUID chosenId = UUID.randomUUID();
        var result = mvc.perform(post("/api/v1/me/tokens")
                .header("Authorization", "Bearer " + signedIn.token(Actor.PARTNER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "extra", "id": "%s", "account": "%s", "accountId": "%s", "revokedAt": "2012-04-26T00:00:00Z",
                         "tokenHash": "0000", "token": "lia_chosen-by-the-client-0123456789", "roles": ["ADMINISTRATOR"]}
                        """.formatted(chosenId, admin.id(), admin.id())))
                .andReturn();
        int status = result.getResponse().getStatus();
        assertThat(status).isIn(201, 400);
        assertThat(jdbc.queryForObject("select count(*) from api_token where id = ?", Integer.class, chosenId)).isZero();
        if (status == 201) {
            var body = json.readTree(result.getResponse().getContentAsString());
            assertThat(body.get("token").asString()).isNotEqualTo("lia_chosen-by-the-client-0123456789");
            assertThat(jdbc.queryForObject("select account_id from api_token where id = ?", UUID.class,
                    UUID.fromString(body.get("id").asString()))).isEqualTo(signedIn.user(Actor.PARTNER).id());
            assertThat(jdbc.queryForObject("select revoked_at from api_token where id = ?", Timestamp.class,
                    UUID.fromString(body.get("id").asString()))).isNull();
        }
    }

    // Problem details and headers

    @Test
    void unauthorizedAndForbiddenAreProblemDetailsInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/me/tokens"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.type").value("https://liaison.example/problems/unauthorized"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("unauthorized"))
                .andExpect(jsonPath("$.detail").value("Sign in first."))
                .andExpect(jsonPath("$.instance").value("/api/v1/me/tokens"));
        mvc.perform(get("/api/v1/me/tokens").header("Accept-Language", "ja"))
                .andExpect(jsonPath("$.detail").value(not("Sign in first.")));
        mvc.perform(post("/api/v1/me/tokens").session(signedIn.session(Actor.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}").header("Accept-Language", "ru"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://liaison.example/problems/forbidden"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(not("You are not allowed to do this.")));
        // A staff member who is not an administrator, on an administrators' page.
        mvc.perform(get("/actuator").session(signedIn.session(Actor.MANAGER))).andExpect(status().isForbidden());
    }

    @Test
    void pagesJsonAndErrorsCarryTheSecurityHeaders() throws Exception {
        expectSecurityHeaders(mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("charset=UTF-8"))));
        expectSecurityHeaders(mvc.perform(get("/account/tokens").session(signedIn.session(Actor.COMMITTEE)))
                .andExpect(status().isOk()));
        expectSecurityHeaders(mvc.perform(get("/api/v1/me")
                .header("Authorization", "Bearer " + signedIn.token(Actor.COMMITTEE))).andExpect(status().isOk()));
        expectSecurityHeaders(mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized()));
        expectSecurityHeaders(mvc.perform(get("/api/v1/me/tokens/" + UUID.randomUUID())
                .header("Authorization", "Bearer " + signedIn.token(Actor.COMMITTEE))).andExpect(status().isNotFound()));
    }

    // Password policy and account rules

    @Test
    void shortAndCommonPasswordsAreRefusedWhenCreatingUsers() {
        expectRefused(NewUser.staff("security-weak1", "Weak", "short", Role.COOPERATION_MANAGER), "password-too-short");
        expectRefused(NewUser.staff("security-weak2", "Weak", "Password123", Role.COOPERATION_MANAGER), "password-too-common");
        expectRefused(NewUser.staff("security-weak3", "Weak", "security-weak3", Role.COOPERATION_MANAGER), "password-is-username");
    }

    @Test
    void aLongPasswordInAnyScriptSignsIn() throws Exception {
        String password = "清华大学科技园与斯科尔科沃创新中心在二零一二年签署了合作备忘录".repeat(3)
                + " Сколково 東北大学";
        assertThat(password.codePointCount(0, password.length())).isGreaterThanOrEqualTo(64);
        accounts.create(NewUser.staff("security-poet", "Poet", password, Role.COOPERATION_MANAGER));
        mvc.perform(post("/login").param("username", "security-poet").param("password", password).with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", "security-poet").param("password", password.substring(1)).with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void changingThePasswordChecksTheCurrentOneAndThePolicy() throws Exception {
        accounts.create(NewUser.staff("security-changer", "Changer", Actor.PASSWORD, Role.COMMITTEE_MEMBER));
        var session = signedIn.login("security-changer", Actor.PASSWORD);
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "wrong-password")
                .param("newPassword", "a-new-passphrase").param("confirmation", "a-new-passphrase"))
                .andExpect(content().string(containsString("The current password is not right.")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", Actor.PASSWORD)
                .param("newPassword", "iloveyou").param("confirmation", "iloveyou"))
                .andExpect(content().string(containsString("among the most common")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", Actor.PASSWORD)
                .param("newPassword", "a-new-passphrase").param("confirmation", "another-passphrase"))
                .andExpect(content().string(containsString("The two new passwords differ.")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", Actor.PASSWORD)
                .param("newPassword", "a-new-passphrase").param("confirmation", "a-new-passphrase"))
                .andExpect(content().string(containsString("Your password was changed.")));
        signedIn.login("security-changer", "a-new-passphrase");
    }

    @Test
    void usernamesAreUniqueIgnoringCaseAndPartnersAreBoundToAnOrganization() {
        accounts.create(NewUser.staff("Security-Japan-Desk", "Japan desk", Actor.PASSWORD, Role.COOPERATION_MANAGER));
        expectRefused(NewUser.staff("security-japan-desk", "Other", Actor.PASSWORD, Role.COOPERATION_MANAGER), "username-taken");
        expectRefused(new NewUser("security-orphan", "Orphan", Actor.PASSWORD, Set.of(Role.PARTNER), null, Set.of(), null),
                "partner-needs-organization");
        expectRefused(new NewUser("security-both", "Both", Actor.PASSWORD, Set.of(Role.PARTNER, Role.COOPERATION_MANAGER),
                UUID.randomUUID(), Set.of(), null), "partner-not-staff");
        expectRefused(NewUser.staff("x", "Too short a name", Actor.PASSWORD, Role.COOPERATION_MANAGER), "username-invalid");
        var committee = accounts.createIfAbsent(NewUser.staff("security-voter", "Voter", Actor.PASSWORD, Role.COMMITTEE_MEMBER));
        assertThat(committee.groups()).contains(UserAccounts.COMMITTEE_GROUP);
        assertThat(accounts.createIfAbsent(NewUser.staff("SECURITY-VOTER", "Again", "whatever-it-is", Role.ADMINISTRATOR)).id())
                .isEqualTo(committee.id());
    }

    @Test
    void partnersMoveWithTheirOrganizationAndBackgroundWorkRunsAsAGivenUser() {
        var from = UUID.randomUUID();
        var to = UUID.randomUUID();
        var partner = accounts.create(NewUser.partner("security-torch", "Torch", Actor.PASSWORD, from));
        assertThat(accounts.partnersOf(from)).extracting(UserAccount::id).containsExactly(partner.id());
        assertThat(accounts.rebindPartners(from, to)).isEqualTo(1);
        assertThat(accounts.partnersOf(to)).extracting(UserAccount::id).containsExactly(partner.id());
        var viewer = accounts.viewerOf(partner.id());
        assertThat(viewer.readScope()).isEqualTo(ReadScope.partner(to));
    }

    private void expectInvalidToken(String secret) throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unauthorized"));
    }

    private void expectRefused(NewUser user, String code) {
        assertThatThrownBy(() -> accounts.create(user)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private static void expectSecurityHeaders(ResultActions result) throws Exception {
        result.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    private static String csrfToken(ResultActions page) throws Exception {
        var html = page.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var matcher = CSRF_META.matcher(html);
        assertThat(matcher.find()).as("The page has the _csrf meta tag").isTrue();
        return matcher.group(1);
    }
}
