package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.AuthorizationMatrixIntegrationTests.Endpoint;
import org.liaison.access.Actor;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.documents.SampleFiles;
import org.liaison.support.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.util.unit.DataSize;

/**
 * The upload size limit at its edge on every upload endpoint (checklist item 11), over real HTTP to
 * the embedded Tomcat (MockMvc applies no multipart limit): a file of exactly the configured maximum
 * passes the limit (it is then refused for its content only: a Windows executable, refused by every
 * endpoint, so nothing is stored), and one byte more is refused with 413 — a problem detail
 * {@code too-large} in the API, a page saying so for a form, sent as a browser sends it (the CSRF
 * token after the file). The maximum is the multipart file limit ({@code spring.servlet.multipart.max-file-size})
 * for multipart endpoints and the body limit ({@code liaison.max-body-size}) for the API's raw-body upload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadLimitIntegrationTests {

    static final String PASSWORD = "upload-limit-test-2026";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccounts users;
    @Autowired
    MessageSource messages;
    @LocalServerPort
    int port;
    @Value("${spring.servlet.multipart.max-file-size}")
    DataSize maxFile;
    @Value("${liaison.max-body-size}")
    DataSize maxBody;

    AuthorizationMatrixIntegrationTests matrix;
    PageClient administrator;

    @BeforeAll
    void setUp() {
        matrix = Sweeps.matrix(context);
        users.createIfAbsent(NewUser.staff("upload-limit-admin", "Upload limit administrator", PASSWORD, Role.ADMINISTRATOR));
        administrator = new PageClient(port).signIn("upload-limit-admin", PASSWORD);
    }

    /** A Windows executable padded with zeros to the size: every endpoint refuses it for its content. */
    static byte[] executable(long size) {
        var bytes = new byte[Math.toIntExact(size)];
        byte[] head = SampleFiles.windowsExecutable();
        System.arraycopy(head, 0, bytes, 0, Math.min(head.length, bytes.length));
        return bytes;
    }

    @TestFactory
    Stream<DynamicTest> theLimitHoldsToTheByteOnEveryUploadEndpoint() {
        var endpoints = UploadSweepIntegrationTests.multipartEndpoints(context);
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(9);
        var rows = Sweeps.rows();
        String tooLarge = messages.getMessage("error.too-large", null, java.util.Locale.ENGLISH);
        return endpoints.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().toString(), () -> {
            boolean raw = e.getValue().equals(UploadSweepIntegrationTests.RAW);
            long max = raw ? maxBody.toBytes() : maxFile.toBytes();
            var row = rows.get(e.getKey());
            var wrong = new ArrayList<String>();
            var atMax = send(e.getKey(), e.getValue(), row.body(), executable(max));
            if (atMax.status() == 413 || atMax.status() >= 500) {
                wrong.add("exactly " + max + " bytes: " + atMax.status() + " " + abbreviate(atMax.body()));
            }
            var over = send(e.getKey(), e.getValue(), row.body(), executable(max + 1));
            if (over.status() != 413) {
                wrong.add(max + 1 + " bytes: " + over.status() + " " + abbreviate(over.body()));
            } else if (e.getKey().path().startsWith("/api/") && !over.body().contains("\"code\":\"too-large\"")) {
                wrong.add(max + 1 + " bytes: not a too-large problem: " + abbreviate(over.body()));
            } else if (!e.getKey().path().startsWith("/api/") && !(over.body().contains("<html") && over.body().contains(tooLarge))) {
                wrong.add(max + 1 + " bytes: no page saying \"" + tooLarge + "\": " + abbreviate(over.body()));
            }
            assertThat(wrong).as("%s (limit %d bytes)", e.getKey(), max).isEmpty();
        }));
    }

    record Answer(int status, String body) {}

    Answer send(Endpoint endpoint, String part, String template, byte[] content) throws Exception {
        var shared = new HashMap<String, String>();
        String path = matrix.samples.fill(endpoint, endpoint.path(), Actor.ADMIN, shared);
        String body = matrix.samples.fill(endpoint, template, Actor.ADMIN, shared);
        var fields = new ArrayList<String[]>();
        for (String pair : body.split("&")) {
            if (pair.contains("=") && !pair.startsWith("fileName=") && !pair.startsWith(part + "=")) {
                fields.add(new String[] {URLDecoder.decode(pair.substring(0, pair.indexOf('=')), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8)});
            }
        }
        if (!path.startsWith("/api/")) {
            var page = administrator.postMultipart(path, fields, UploadSweepIntegrationTests.partName(part), "report.pdf",
                    "application/pdf", content);
            return new Answer(page.status(), page.body());
        }
        var request = HttpRequest.newBuilder().header("Authorization", "Bearer " + matrix.signedIn.token(Actor.ADMIN))
                .header("Accept", "application/json");
        if (part.equals(UploadSweepIntegrationTests.RAW)) {
            var query = new StringBuilder("?fileName=report.pdf");
            fields.forEach(f -> query.append('&').append(URLEncoder.encode(f[0], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(f[1], StandardCharsets.UTF_8)));
            request.uri(URI.create("http://localhost:" + port + path + query)).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        } else {
            String boundary = "----LiaisonBoundary" + Long.toHexString(System.nanoTime());
            var out = new java.io.ByteArrayOutputStream();
            for (String[] field : fields) {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                        + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + UploadSweepIntegrationTests.partName(part)
                    + "\"; filename=\"report.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            request.uri(URI.create("http://localhost:" + port + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        }
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        }
    }

    static String abbreviate(String text) {
        return HtmlInspection.abbreviate(text);
    }
}
