package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.AuthorizationMatrixIntegrationTests.Endpoint;
import org.liaison.access.Actor;
import org.liaison.access.NewUser;
import org.liaison.access.Role;
import org.liaison.access.UserAccounts;
import org.liaison.documents.Documents;
import org.liaison.documents.SampleFiles;
import org.liaison.shared.LiaisonSettings;
import org.liaison.shared.RawUpload;
import org.liaison.support.PageClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * The upload size limit at its edge on every upload endpoint (checklist item 11), over real HTTP to
 * the embedded Tomcat (MockMvc applies no multipart limit): a file of exactly the configured maximum
 * passes the limit (it is then refused for its content only: a Windows executable, refused by every
 * endpoint, so nothing is stored), and one byte more is refused with 413 — a problem detail
 * {@code too-large} in the API, a page saying so for a form, sent as a browser sends it (the CSRF
 * token after the file). The maximum is the multipart file limit ({@code spring.servlet.multipart.max-file-size})
 * for multipart endpoints and, for an endpoint taking the file as its raw body ({@link RawUpload}), its own
 * limit: the agreements' documents 20 MB ({@code liaison.documents.max-size}, as the page and the OpenAPI
 * text say), not the 2 MB of JSON bodies ({@code liaison.max-body-size}), which still holds beside them.
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
    @Autowired
    Documents documents;
    @Autowired
    LiaisonSettings settings;

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

    /** A handler taking a file as its raw body: its limit (the annotation's, resolved) and the type it is sent as. */
    record Raw(long maxBytes, String contentType) {}

    /** Every handler marked {@link RawUpload}, by endpoint. */
    static Map<Endpoint, Raw> rawUploads(ApplicationContext context) {
        var result = new LinkedHashMap<Endpoint, Raw>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                var upload = handler.getMethodAnnotation(RawUpload.class);
                if (upload == null) {
                    return;
                }
                long max = DataSize.parse(context.getEnvironment().resolveRequiredPlaceholders(upload.maxSize()).strip()).toBytes();
                String type = info.getConsumesCondition().getConsumableMediaTypes().stream()
                        .filter(t -> !t.isWildcardType() && !t.isWildcardSubtype()).map(MediaType::toString).findFirst()
                        .orElse("application/pdf");
                for (String pattern : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods().forEach(m -> result.put(new Endpoint(m.name(), pattern), new Raw(max, type)));
                }
            });
        }
        return result;
    }

    /**
     * Every endpoint reading a file from its raw body (its name in {@code fileName}) says so with
     * {@link RawUpload}, and the agreements' one takes what the document store takes (20 MB), the
     * limit the page and the OpenAPI text state; the OpenAPI text of each states its true limit.
     */
    @Test
    void everyRawUploadDeclaresItsOwnLimitAndTheDocumentSaysIt() throws Exception {
        var raw = rawUploads(context);
        var byFileName = UploadSweepIntegrationTests.multipartEndpoints(context).entrySet().stream()
                .filter(e -> e.getValue().equals(UploadSweepIntegrationTests.RAW)).map(Map.Entry::getKey).toList();
        assertThat(byFileName).isNotEmpty();
        assertThat(raw.keySet()).as("handlers reading a file from the raw body are marked @RawUpload").containsAll(byFileName);
        var agreements = new Endpoint("POST", "/api/v1/agreements/{id}/documents");
        assertThat(raw.get(agreements).maxBytes()).isEqualTo(documents.maxSize()).isEqualTo(DataSize.ofMegabytes(20).toBytes())
                .isGreaterThan(maxBody.toBytes());
        String document;
        try (var client = HttpClient.newHttpClient()) {
            document = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        var api = JsonMapper.builder().build().readTree(document);
        for (var e : raw.entrySet()) {
            String description = api.path("paths").path(e.getKey().path()).path(e.getKey().method().toLowerCase(Locale.ROOT))
                    .path("description").asString("");
            assertThat(description).as("the OpenAPI text of %s", e.getKey()).contains("(" + e.getValue().maxBytes() + " bytes");
        }
    }

    /**
     * A raw upload streamed without a length (chunked) is counted while it is read: one byte over
     * its limit is refused with 413 as a problem detail, no temporary file is left behind and no
     * document is stored; a JSON body beside it (a milestone of the same agreement) is still held
     * to the 2 MB of JSON bodies.
     */
    @Test
    void aStreamedRawUploadOverItsLimitIsRefusedAndJsonBesideItKeepsTheBodyLimit() throws Exception {
        var upload = new Endpoint("POST", "/api/v1/agreements/{id}/documents");
        long max = rawUploads(context).get(upload).maxBytes();
        var shared = new HashMap<String, String>();
        String path = matrix.samples.fill(upload, upload.path(), Actor.ADMIN, shared);
        String token = matrix.signedIn.token(Actor.ADMIN);
        Path tmp = settings.dataDir().resolve("documents").resolve("tmp");
        try (var client = HttpClient.newHttpClient()) {
            var listing = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
            String before = client.send(listing, HttpResponse.BodyHandlers.ofString()).body();
            byte[] content = executable(max + 1);
            var streamed = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?fileName=report.pdf"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(content))).build();
            var response = client.send(streamed, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("\"code\":\"too-large\"");
            assertThat(client.send(listing, HttpResponse.BodyHandlers.ofString()).body()).isEqualTo(before);
            if (Files.isDirectory(tmp)) {
                try (var left = Files.list(tmp)) {
                    assertThat(left.toList()).as("temporary files left in %s", tmp).isEmpty();
                }
            }
            var milestone = new Endpoint("POST", "/api/v1/agreements/{id}/milestones");
            String milestones = matrix.samples.fill(milestone, milestone.path(), Actor.ADMIN, new HashMap<>());
            byte[] json = ("{\"title\":\"" + "x".repeat(Math.toIntExact(maxBody.toBytes())) + "\"}").getBytes(StandardCharsets.UTF_8);
            var big = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + milestones))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .header("Content-Type", "application/json").expectContinue(true)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(big.body()).contains("\"code\":\"too-large\"");
        }
    }

    @TestFactory
    Stream<DynamicTest> theLimitHoldsToTheByteOnEveryUploadEndpoint() {
        var endpoints = new LinkedHashMap<>(UploadSweepIntegrationTests.multipartEndpoints(context));
        var raw = rawUploads(context);
        raw.keySet().forEach(e -> endpoints.put(e, UploadSweepIntegrationTests.RAW));
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(10);
        var rows = Sweeps.rows();
        String tooLarge = messages.getMessage("error.too-large", null, java.util.Locale.ENGLISH);
        return endpoints.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().toString(), () -> {
            boolean isRaw = e.getValue().equals(UploadSweepIntegrationTests.RAW);
            long max = isRaw ? raw.get(e.getKey()).maxBytes() : maxFile.toBytes();
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
            // Expect: 100-continue, as a client sending a large file should: a body refused for its declared
            // length is then not sent at all (otherwise the server closes the connection under a client still writing)
            request.uri(URI.create("http://localhost:" + port + path + query))
                    .header("Content-Type", rawUploads(context).get(endpoint).contentType()).expectContinue(true)
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
        } catch (java.io.IOException e) {
            return new Answer(-1, "no answer (" + content.length + " bytes to " + path + "): " + e);
        }
    }

    static String abbreviate(String text) {
        return HtmlInspection.abbreviate(text);
    }
}
