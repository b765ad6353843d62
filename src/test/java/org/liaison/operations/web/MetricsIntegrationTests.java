package org.liaison.operations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Prometheus metrics for a scraper with an administrator's token; health open; nothing else exposed. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
class MetricsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;

    @Test
    void metricsForAdministratorsTokensOnlyAndNoOtherEndpoint() throws Exception {
        var signedIn = new SignedIn(mvc, accounts, tokens, "metrics", UUID.randomUUID());
        var scrape = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + signedIn.token(Actor.ADMIN)))
                .andReturn().getResponse();
        assertThat(scrape.getStatus()).isEqualTo(200);
        assertThat(scrape.getContentType()).startsWith("text/plain");
        assertThat(scrape.getContentAsString()).contains("# TYPE jvm_memory_used_bytes gauge", "process_uptime_seconds");
        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + signedIn.token(Actor.MANAGER)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        for (String hidden : new String[] { "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/heapdump" }) {
            assertThat(mvc.perform(get(hidden).session(signedIn.session(Actor.ADMIN))).andReturn().getResponse().getStatus())
                    .as(hidden).isEqualTo(404);
        }
    }
}
