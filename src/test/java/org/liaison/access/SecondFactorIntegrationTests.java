package org.liaison.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.access.internal.SecondFactors;
import org.liaison.access.internal.Totp;
import org.liaison.support.SecondFactorWallet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The second factor through the real filter chain: who must give it, what a session may do before
 * it is given (nothing but the step itself), single use of codes, recovery codes, throttling, and
 * tokens of the roles that require it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
class SecondFactorIntegrationTests {

    static final String PASSWORD = "second-factor-test-2012";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    SecondFactors factors;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommitteeMemberIsSentToEnrolBeforeAnythingElseAndEnrollingCompletesTheSession() throws Exception {
        var user = user(Role.COMMITTEE_MEMBER);
        var login = password(user.username(), PASSWORD);
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor");
        var session = (MockHttpSession) login.getRequest().getSession(false);

        // nothing else until then: pages go back to the enrolment, the API answers 401, the viewer is anonymous
        assertThat(mvc.perform(get("/directory").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/second-factor");
        assertThat(mvc.perform(get("/account/tokens").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/second-factor");
        assertThat(mvc.perform(get("/api/v1/me").session(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/directory").session(session).header("HX-Request", "true")).andReturn()
                .getResponse().getHeader("HX-Redirect")).isEqualTo("/account/second-factor");

        String page = mvc.perform(get("/account/second-factor").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"totp-qr\"").contains("data:image/png;base64,").contains("otpauth://totp/Liaison:");
        String secret = SecondFactorWallet.secretIn(page);

        String wrong = mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", "000000"))
                .andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("alert--error").doesNotContain("id=\"recovery-codes\"");
        assertThat(factors.enrolled(user.id())).isFalse();

        String before = session.getId();
        String done = mvc.perform(post("/account/second-factor").session(session).with(csrf())
                .param("code", Totp.code(secret, Instant.now()))).andReturn().getResponse().getContentAsString();
        assertThat(SecondFactorWallet.recoveryCodesIn(done)).hasSize(10);
        assertThat(factors.enrolled(user.id())).isTrue();
        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(mvc.perform(get("/api/v1/me").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/directory").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        // the recovery codes are stored only as hashes
        List<String> stored = jdbc.queryForList("select code_hash from recovery_code where account_id = ?", String.class,
                user.id());
        assertThat(stored).hasSize(10).noneMatch(h -> SecondFactorWallet.recoveryCodesIn(done).stream()
                .anyMatch(c -> h.contains(c.replace("-", ""))));
    }

    @Test
    void anEnrolledUserGivesACodeOnceAndARecoveryCodeOnce() throws Exception {
        var user = user(Role.ADMINISTRATOR);
        String secret = Totp.newSecret();
        List<String> recovery = factors.enrol(user.id(), secret);

        var session = passwordSession(user.username(), "/login/second-factor");
        // a password-only session cannot replace the enrolled authenticator
        assertThat(mvc.perform(get("/account/second-factor").session(session)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login/second-factor");
        assertThat(mvc.perform(post("/account/second-factor/replace").session(session).with(csrf())).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
        assertThat(step(session, "123456").getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor?error");

        String code = Totp.code(secret, Instant.now());
        String before = session.getId();
        assertThat(step(session, code).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(mvc.perform(get("/api/v1/me").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        // the same code again, from another sign-in: refused (single use)
        var second = passwordSession(user.username(), "/login/second-factor");
        assertThat(step(second, code).getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor?error");
        // a recovery code works, once
        assertThat(step(second, recovery.get(3).toUpperCase()).getResponse().getRedirectedUrl()).isEqualTo("/");
        var third = passwordSession(user.username(), "/login/second-factor");
        assertThat(step(third, recovery.get(3)).getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor?error");
        assertThat(factors.unusedRecoveryCodes(user.id())).isEqualTo(9);
    }

    @Test
    void theSecondStepReturnsToThePageFirstAskedFor() throws Exception {
        var user = user(Role.COMMITTEE_MEMBER);
        String secret = Totp.newSecret();
        factors.enrol(user.id(), secret);
        var session = new MockHttpSession();
        mvc.perform(get("/directory").session(session));
        var login = mvc.perform(post("/login").session(session).with(csrf()).param("username", user.username())
                .param("password", PASSWORD)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor");
        assertThat(step(session, Totp.code(secret, Instant.now())).getResponse().getRedirectedUrl())
                .endsWith("/directory?continue");
    }

    @Test
    void aManagerMayTurnTheSecondFactorOnAndThenMustGiveIt() throws Exception {
        var user = user(Role.COOPERATION_MANAGER);
        var session = passwordSession(user.username(), "/");
        String page = mvc.perform(get("/account/second-factor").session(session)).andReturn().getResponse()
                .getContentAsString();
        String secret = SecondFactorWallet.secretIn(page);
        mvc.perform(post("/account/second-factor").session(session).with(csrf())
                .param("code", Totp.code(secret, Instant.now())));
        assertThat(factors.enrolled(user.id())).isTrue();

        var next = passwordSession(user.username(), "/login/second-factor");
        assertThat(mvc.perform(get("/relationships").session(next)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login/second-factor");
        String recovery = factors.newRecoveryCodes(user.id()).get(0);
        assertThat(step(next, recovery).getResponse().getRedirectedUrl()).endsWith("/relationships?continue");

        // turning it off needs a current code; afterwards the password alone signs in again
        var off = mvc.perform(post("/account/second-factor/disable").session(next).with(csrf()).param("code", "000000"))
                .andReturn();
        assertThat(off.getResponse().getContentAsString()).contains("alert--error");
        String code = Totp.code(secret, Instant.now().plus(Totp.STEP));
        assertThat(mvc.perform(post("/account/second-factor/disable").session(next).with(csrf()).param("code", code))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/account/second-factor?disabled");
        assertThat(factors.enrolled(user.id())).isFalse();
        passwordSession(user.username(), "/");
    }

    @Test
    void administratorsCannotTurnItOff() throws Exception {
        var user = user(Role.ADMINISTRATOR);
        String secret = Totp.newSecret();
        factors.enrol(user.id(), secret);
        var session = passwordSession(user.username(), "/login/second-factor");
        step(session, Totp.code(secret, Instant.now()));
        String page = mvc.perform(post("/account/second-factor/disable").session(session).with(csrf())
                .param("code", Totp.code(secret, Instant.now().plus(Totp.STEP)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("alert--error").doesNotContain("id=\"disable-form\"");
        assertThat(factors.enrolled(user.id())).isTrue();
    }

    @Test
    void wrongCodesAreThrottledLikePasswordsAndCountAgainstTheAccount() throws Exception {
        var user = user(Role.COMMITTEE_MEMBER);
        String secret = Totp.newSecret();
        factors.enrol(user.id(), secret);
        var session = passwordSession(user.username(), "/login/second-factor");
        for (int i = 0; i < 5; i++) {
            assertThat(step(session, String.format("%06d", i)).getResponse().getRedirectedUrl())
                    .isEqualTo("/login/second-factor?error");
        }
        assertThat(jdbc.queryForObject("select count(*) from login_failure where username = ?", Integer.class,
                user.username())).isEqualTo(5);
        var refused = step(session, Totp.code(secret, Instant.now()));
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login/second-factor?throttled");
        assertThat(mvc.perform(get("/api/v1/me").session(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void tokensOfTheRolesThatNeedASecondFactorComeOnlyFromASessionThatGaveIt() throws Exception {
        var committee = user(Role.COMMITTEE_MEMBER);
        String bearer = tokens.issue(committee.id(), "existing", null).secret();
        assertThat(mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"minted by a token\"}")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        // ...but a token still reads the API, single factor by design
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + bearer)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);

        String secret = Totp.newSecret();
        factors.enrol(committee.id(), secret);
        var session = passwordSession(committee.username(), "/login/second-factor");
        assertThat(mvc.perform(post("/api/v1/me/tokens").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"half way\"}")).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
        step(session, Totp.code(secret, Instant.now()));
        assertThat(mvc.perform(post("/api/v1/me/tokens").session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"from a full session\"}")).andReturn()
                .getResponse().getStatus()).isEqualTo(201);

        var manager = user(Role.COOPERATION_MANAGER);
        String managerToken = tokens.issue(manager.id(), "existing", null).secret();
        assertThat(mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + managerToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"by a token\"}")).andReturn()
                .getResponse().getStatus()).isEqualTo(201);
    }

    private UserAccount user(Role role) {
        return accounts.create(NewUser.staff("mfa-" + UUID.randomUUID().toString().substring(0, 8), "MFA test", PASSWORD,
                role));
    }

    private MvcResult password(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn();
    }

    private MockHttpSession passwordSession(String username, String expectedRedirect) throws Exception {
        var login = password(username, PASSWORD);
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private MvcResult step(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", code)).andReturn();
    }

}
