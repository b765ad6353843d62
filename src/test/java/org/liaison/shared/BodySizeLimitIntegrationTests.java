package org.liaison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** JSON bodies over the limit are refused with 413, whether they declare their length or stream it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "liaison.max-body-size=64KB")
@AutoConfigureMockMvc
@Tag("persistence")
class BodySizeLimitIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @LocalServerPort
    int port;

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingIsRead() throws Exception {
        mvc.perform(post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).content(body(100_000)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("too-large"));
    }

    @Test
    void aStreamedBodyOverTheLimitIsRefusedWhileItIsRead() throws Exception {
        var signedIn = new SignedIn(mvc, accounts, tokens, "size", UUID.randomUUID());
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/organizations"))
                .header("Authorization", "Bearer " + signedIn.token(Actor.MANAGER))
                .header("Content-Type", "application/json")
                // No length known up front: sent chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body(200_000))))
                .build();
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("\"code\":\"too-large\"");
        }
    }

    @Test
    void aBodyUnderTheLimitGoesThrough() throws Exception {
        var signedIn = new SignedIn(mvc, accounts, tokens, "size-ok", UUID.randomUUID());
        mvc.perform(signedIn.as(Actor.MANAGER, post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"corporation\",\"country\":\"FI\",\"names\":[{\"text\":\"Sample Oy\",\"lang\":\"fi\",\"primary\":true}],"
                                + "\"description\":\"" + "x".repeat(3_000) + "\"" + " ".repeat(60_000) + "}"), true))
                .andExpect(status().isCreated());
    }

    private static byte[] body(int size) {
        var json = new StringBuilder("{\"kind\":\"company\",\"country\":\"FI\",\"description\":\"");
        while (json.length() < size) {
            json.append("x");
        }
        return json.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
