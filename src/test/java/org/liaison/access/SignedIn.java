package org.liaison.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.internal.ApiTokenService;
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

    /** Signs in through the login form and returns the session it made. */
    public MockHttpSession login(String username, String password) throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
