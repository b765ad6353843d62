package org.liaison.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.support.SecondFactorWallet;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Real users for each {@link Actor}, signed in the real way: a session from the login form for
 * pages, a personal API token for the API. Sessions are reused and renewed when a request (such
 * as a sign-out) ended them.
 */
public final class SignedIn {

    private final MockMvc mvc;
    private final Map<Actor, UserAccount> users = new EnumMap<>(Actor.class);
    private final Map<Actor, String> tokens = new EnumMap<>(Actor.class);
    private final Map<Actor, MockHttpSession> sessions = new EnumMap<>(Actor.class);
    private final UUID partnerOrganization;

    /** Creates (or finds, when the Spring context is reused) one user per role, named {@code prefix-role}. */
    public SignedIn(MockMvc mvc, UserAccounts accounts, ApiTokenService tokenService, String prefix,
            UUID partnerOrganization) {
        this.mvc = mvc;
        this.partnerOrganization = partnerOrganization;
        for (Actor actor : Actor.values()) {
            if (actor.isAnonymous()) {
                continue;
            }
            var user = accounts.createIfAbsent(actor.newUser(prefix, partnerOrganization));
            users.put(actor, user);
            tokens.put(actor, tokenService.issue(user.id(), "signed-in test", null).secret());
        }
    }

    public UUID partnerOrganization() {
        return partnerOrganization;
    }

    public @Nullable UserAccount user(Actor actor) {
        return users.get(actor);
    }

    public String token(Actor actor) {
        return tokens.get(actor);
    }

    /** Signs the request in as the actor: bearer token for the API, session otherwise. */
    public MockHttpServletRequestBuilder as(Actor actor, MockHttpServletRequestBuilder request, boolean api)
            throws Exception {
        if (actor.isAnonymous()) {
            return request;
        }
        if (api) {
            return request.header("Authorization", "Bearer " + tokens.get(actor));
        }
        return request.session(session(actor));
    }

    public MockHttpSession session(Actor actor) throws Exception {
        var session = sessions.get(actor);
        if (session == null || session.isInvalid()) {
            session = login(users.get(actor).username(), Actor.PASSWORD);
            sessions.put(actor, session);
        }
        return session;
    }

    /**
     * Signs in through the login form and returns the session it made. Users who need a second
     * factor (administrators, committee members, anyone enrolled) go on as a person would: they
     * set up the authenticator from the enrolment page the first time, and give its next code (or a
     * recovery code) afterwards, through {@link SecondFactorWallet}.
     */
    public MockHttpSession login(String username, String password) throws Exception {
        return login(mvc, username, password);
    }

    /** {@link #login(String, String)} for any user, such as the demo users of a demo instance. */
    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn();
        var session = (MockHttpSession) result.getRequest().getSession(false);
        String location = result.getResponse().getRedirectedUrl();
        String instance = "mockmvc@" + System.identityHashCode(mvc.getDispatcherServlet().getWebApplicationContext());
        if (ENROL.equals(location)) {
            String page = mvc.perform(get(ENROL).session(session)).andReturn().getResponse().getContentAsString();
            String secret = SecondFactorWallet.secretIn(page);
            var enrolled = mvc.perform(post(ENROL).session(session).with(csrf())
                    .param("code", SecondFactorWallet.enrolmentCode(instance, username, secret))).andReturn();
            var codes = SecondFactorWallet.recoveryCodesIn(enrolled.getResponse().getContentAsString());
            if (codes.isEmpty()) {
                throw new IllegalStateException("Enrolling the second factor of " + username + " failed");
            }
            SecondFactorWallet.keep(instance, username, codes);
            return session;
        }
        if (STEP.equals(location)) {
            var step = mvc.perform(post(STEP).session(session).with(csrf())
                    .param("code", SecondFactorWallet.nextCode(instance, username))).andReturn();
            location = step.getResponse().getRedirectedUrl();
        }
        if (location == null || location.contains("/login")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + location);
        }
        return session;
    }

    static final String ENROL = "/account/second-factor";
    static final String STEP = "/login/second-factor";
}
