package org.liaison.directory.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Problems;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running application over real HTTP with a bearer token, as API clients do: the
 * security filters, message converters and error handling all take part.
 */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final @Nullable String token;

    ApiClient(int port, @Nullable String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    /** The same client with another user's token; {@code null} for an anonymous caller. */
    ApiClient as(@Nullable String otherToken) {
        return new ApiClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherToken);
    }

    Response get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    Response post(String path, Object body, String... headers) {
        return send("POST", path, "application/json", toJson(body), headers);
    }

    Response put(String path, Object body, String... headers) {
        return send("PUT", path, "application/json", toJson(body), headers);
    }

    Response delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    Response send(String method, String path, @Nullable String contentType, @Nullable String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    private static String toJson(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    /** An answer: status, headers and the body, parsed when it is JSON. */
    record Response(int status, HttpResponse<String> raw, String body) {

        JsonNode json() {
            return body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        }

        @Nullable String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String etag() {
            return String.valueOf(header("ETag"));
        }

        Response expect(int expected) {
            assertThat(status).as("status of %s %s, body %s", raw.request().method(), raw.request().uri(), body)
                    .isEqualTo(expected);
            return this;
        }

        /** Asserts an RFC 9457 problem detail with this status and code, and returns its body. */
        JsonNode problem(int expected, String code) {
            expect(expected);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            var problem = json();
            assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + code);
            assertThat(problem.path("title").asString()).isNotBlank();
            assertThat(problem.path("status").asInt()).isEqualTo(expected);
            assertThat(problem.path("detail").asString()).isNotBlank();
            assertThat(problem.path("code").asString()).isEqualTo(code);
            return problem;
        }
    }
}
