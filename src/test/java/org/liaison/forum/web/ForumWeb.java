package org.liaison.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.engagements.EngagementCommands;
import org.liaison.forum.ForumFixtures;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumRegistrations;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the forum's page tests share: one real user per role signed in the real way (a session for
 * pages, a token for the API), the forum fixtures, and requests that check their status and say what
 * came back when it is not the expected one.
 */
final class ForumWeb {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final MockMvc mvc;
    final ForumFixtures fixtures;
    final SignedIn signedIn;

    /** Users named {@code prefix-role}; the partner users speak for a fresh organization named {@code partner}. */
    ForumWeb(ApplicationContext context, String prefix, String partner) {
        this.mvc = context.getBean(MockMvc.class);
        this.fixtures = new ForumFixtures(context.getBean(DirectoryService.class), context.getBean(EngagementCommands.class),
                context.getBean(ForumEvents.class), context.getBean(ForumRegistrations.class));
        this.signedIn = new SignedIn(mvc, context.getBean(UserAccounts.class), context.getBean(ApiTokenService.class), prefix,
                fixtures.organization(partner, "FI"));
    }

    /** A page request (form posts with a CSRF token) in the actor's session, answered with {@code status}. */
    MvcResult page(Actor actor, MockHttpServletRequestBuilder request, int status) throws Exception {
        var result = mvc.perform(request.session(signedIn.session(actor)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as("%s %s: %s", actor, result.getRequest().getRequestURI(),
                result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return result;
    }

    /** An API request with the actor's token and a JSON body (or none), answered with {@code status}. */
    JsonNode api(Actor actor, MockHttpServletRequestBuilder request, @Nullable Object body, int status) throws Exception {
        request.header("Authorization", "Bearer " + signedIn.token(actor)).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        var result = mvc.perform(request).andReturn();
        var text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(text).isEqualTo(status);
        return text.startsWith("{") ? JSON.readTree(text) : JSON.createObjectNode();
    }

    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The form's values, with one of them replaced. */
    static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, Map<String, String> form, String name,
            String value) {
        form.forEach((k, v) -> {
            if (!k.equals(name)) {
                request.param(k, v);
            }
        });
        return request.param(name, value);
    }
}
