package org.liaison.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Password guessing is slowed per account and per client address, through the real filter chain:
 * the refusal comes before the password is checked (the right password is refused too), tells
 * nothing about whether the account exists, and lifts when the failures leave the window.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
class LoginThrottleIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiveFailuresForOneAccountRefuseEvenTheRightPasswordUntilTheyAge() throws Exception {
        String user = newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(user, "wrong-password-" + i, "10.1.1.1").getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        // From another address too: the account is what is being guessed.
        MvcResult refused = signIn(user, Actor.PASSWORD, "10.1.1.2");
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?throttled");
        assertThat(refused.getRequest().getSession(false) == null
                || refused.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();

        // The page says why, in the visitor's language.
        mvc.perform(get("/login?throttled").header("Accept-Language", "ru"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Слишком много неудачных попыток входа")));

        // Another account from the same address is not affected.
        String other = newUser();
        assertThat(signIn(other, Actor.PASSWORD, "10.1.1.1").getResponse().getRedirectedUrl()).isEqualTo("/");

        // Once the failures are older than the window, the right password works and clears them.
        jdbc.update("update login_failure set failed_at = ? where username = ?",
                Timestamp.from(Instant.now().minus(16, ChronoUnit.MINUTES)), user);
        assertThat(signIn(user, Actor.PASSWORD, "10.1.1.2").getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(jdbc.queryForObject("select count(*) from login_failure where username = ?", Integer.class, user))
                .isZero();
    }

    @Test
    void twentyFailuresFromOneAddressRefuseEveryAccountFromThere() throws Exception {
        for (int i = 0; i < 20; i++) {
            // Unknown usernames count like known ones: the refusal reveals nothing about accounts.
            signIn("nobody-" + UUID.randomUUID(), "guess-" + i, "10.2.2.2");
        }
        String user = newUser();
        assertThat(signIn(user, Actor.PASSWORD, "10.2.2.2").getResponse().getRedirectedUrl())
                .isEqualTo("/login?throttled");
        assertThat(signIn(user, Actor.PASSWORD, "10.2.2.3").getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void fourFailuresStillLetTheRightPasswordIn() throws Exception {
        String user = newUser();
        for (int i = 0; i < 4; i++) {
            signIn(user, "wrong-password-" + i, "10.3.3.3");
        }
        assertThat(signIn(user, Actor.PASSWORD, "10.3.3.3").getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    private String newUser() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(NewUser.staff(username, "Throttle test", Actor.PASSWORD, Role.COOPERATION_MANAGER));
        return username;
    }

    private MvcResult signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(302))
                .andReturn();
    }
}
