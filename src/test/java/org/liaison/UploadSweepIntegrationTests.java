package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.AuthorizationMatrixIntegrationTests.Endpoint;
import org.liaison.access.Actor;
import org.liaison.documents.SampleFiles;
import org.liaison.shared.LiaisonSettings;
import org.liaison.shared.UploadContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Uploads are checked by their content on every multipart endpoint (checklist item 11): the
 * endpoints are every handler method taking a {@link MultipartFile} (documents of agreements, deal
 * documents of the fund, ingest uploads, and any later one such as imports), each sent, as an
 * administrator who may upload there, a Windows executable named {@code report.pdf}, a Linux one
 * named {@code notes.txt}, and, where files are stored to be downloaded again, HTML named
 * {@code report.pdf}, a file named {@code a.pdf.html} and an SVG with a script named {@code logo.png}:
 * never a 5xx, and no table changes (nothing stored, whatever the status says).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadSweepIntegrationTests {

    /** Endpoints that keep only the text they extract (never the file, never served back). */
    static final Set<String> TEXT_ONLY = Set.of("/api/v1/ingest/documents/upload", "/ingest/upload");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    LiaisonSettings settings;

    AuthorizationMatrixIntegrationTests matrix;

    @BeforeAll
    void setUp() {
        matrix = Sweeps.matrix(context);
    }

    /** The part name of an endpoint that takes the file as its raw body and its name in {@code fileName}. */
    static final String RAW = "";

    /** A name for the mock file: the part's, or any for a raw body (only its bytes, type and file name travel). */
    static String partName(String part) {
        return part.equals(RAW) ? "file" : part;
    }

    /** Every endpoint with a file part, and the part's name (or {@link #RAW}). */
    Map<Endpoint, String> multipartEndpoints() {
        return multipartEndpoints(context);
    }

    static Map<Endpoint, String> multipartEndpoints(ApplicationContext context) {
        var result = new LinkedHashMap<Endpoint, String>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                for (MethodParameter parameter : handler.getMethodParameters()) {
                    var named = parameter.getParameterAnnotation(RequestParam.class);
                    String declared = parameter.getExecutable().getParameters()[parameter.getParameterIndex()].getName();
                    if (named != null && (List.of(named.name(), named.value()).contains("fileName")
                            || (named.name().isEmpty() && named.value().isEmpty() && "fileName".equals(declared)))) {
                        // the raw body is the file, its name a parameter
                        for (String pattern : info.getPatternValues()) {
                            info.getMethodsCondition().getMethods().forEach(m -> result.put(new Endpoint(m.name(), pattern), RAW));
                        }
                    }
                    if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                        var part = parameter.getParameterAnnotation(RequestPart.class);
                        var param = parameter.getParameterAnnotation(RequestParam.class);
                        String name = part != null ? (part.name().isEmpty() ? part.value() : part.name())
                                : param != null ? (param.name().isEmpty() ? param.value() : param.name()) : "file";
                        for (String pattern : info.getPatternValues()) {
                            info.getMethodsCondition().getMethods()
                                    .forEach(m -> result.put(new Endpoint(m.name(), pattern), name));
                        }
                    }
                }
            });
        }
        return result;
    }

    /** An OOXML package whose sheet inflates from under 100 KB to 50 MB. */
    static final byte[] BOMB = SampleFiles.xlsxBomb(50);

    @TestFactory
    Stream<DynamicTest> wrongContentIsRefusedOnEveryMultipartEndpoint() {
        var endpoints = multipartEndpoints();
        assertThat(endpoints.keySet().stream().map(Endpoint::path).toList()).contains(
                "/api/v1/agreements/{id}/documents", "/api/v1/funds/{fundId}/deals/{dealId}/documents",
                "/api/v1/ingest/documents/upload", "/agreements/{id}/documents", "/ingest/upload");
        var rows = Sweeps.rows();
        byte[] html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] svg = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<script>alert(2)</script></svg>").getBytes(StandardCharsets.UTF_8);
        return endpoints.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().toString(), () -> {
            var row = rows.get(e.getKey());
            assertThat(row).as("a matrix row for %s", e.getKey()).isNotNull();
            var files = new LinkedHashMap<String, MockMultipartFile>();
            files.put("executable as PDF", new MockMultipartFile(partName(e.getValue()), "report.pdf", "application/pdf",
                    SampleFiles.windowsExecutable()));
            files.put("ELF as text", new MockMultipartFile(partName(e.getValue()), "notes.txt", "text/plain", SampleFiles.elfExecutable()));
            files.put("zip bomb as Excel", new MockMultipartFile(partName(e.getValue()), "organizations.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", BOMB));
            if (!TEXT_ONLY.contains(e.getKey().path())) {
                files.put("HTML as PDF", new MockMultipartFile(partName(e.getValue()), "report.pdf", "application/pdf", html));
                files.put("a.pdf.html", new MockMultipartFile(partName(e.getValue()), "a.pdf.html", "application/pdf", html));
                files.put("SVG as PNG", new MockMultipartFile(partName(e.getValue()), "logo.png", "image/png", svg));
            }
            var wrong = new ArrayList<String>();
            for (var file : files.entrySet()) {
                var request = request(e.getKey(), e.getValue(), row, file.getValue());
                var before = Sweeps.settledFingerprint(dataSource);
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                var changed = Sweeps.differences(before, Sweeps.settledFingerprint(dataSource));
                if (status >= 500 || !changed.isEmpty()) {
                    wrong.add(file.getKey() + ": " + status + ", tables changed " + new LinkedHashSet<>(changed.keySet()));
                }
            }
            assertThat(wrong).as("%s", e.getKey()).isEmpty();
        }));
    }

    /** The endpoint's request carrying the file, signed in as the administrator (API: token, pages: session). */
    AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, String part, AuthorizationMatrixIntegrationTests.Row row,
            MockMultipartFile file) throws Exception {
        var shared = new HashMap<String, String>();
        String path = matrix.samples.fill(endpoint, endpoint.path(), Actor.ADMIN, shared);
        String body = matrix.samples.fill(endpoint, row.body(), Actor.ADMIN, shared);
        var request = part.equals(RAW)
                ? MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), path)
                        .contentType(file.getContentType()).content(file.getBytes())
                : MockMvcRequestBuilders.multipart(HttpMethod.valueOf(endpoint.method()), path).file(file);
        for (String pair : body.split("&")) {
            if (pair.contains("=") && !pair.startsWith("fileName=")) {
                request.param(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        if (part.equals(RAW)) {
            request.param("fileName", file.getOriginalFilename());
        }
        request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        boolean api = path.startsWith("/api/");
        if (api) {
            request.accept("application/json").header("Authorization", "Bearer " + matrix.signedIn.token(Actor.ADMIN));
        } else {
            request.session(matrix.signedIn.session(Actor.ADMIN));
        }
        return request;
    }

    /**
     * A file name climbing out of its folder ({@code ../../}) is never kept as a path: whatever an
     * endpoint stores from an accepted upload (a text file every endpoint takes), no column of any
     * table changed by it holds {@code ../} or {@code ..\\}, and no file of that name appears
     * above the data folder.
     */
    @TestFactory
    Stream<DynamicTest> aNameWithDotDotIsNeverKeptAsAPath() {
        var rows = Sweeps.rows();
        byte[] text = "Organization,Country\nTraversal Sample Oy,FI\n".getBytes(StandardCharsets.UTF_8);
        return multipartEndpoints().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().toString(), () -> {
            var wrong = new ArrayList<String>();
            for (String name : List.of("../../../../traversal-" + UUID.randomUUID() + ".txt",
                    "..\\..\\..\\traversal-" + UUID.randomUUID() + ".txt")) {
                var file = new MockMultipartFile(partName(e.getValue()), name, "text/plain", text);
                var before = Sweeps.settledFingerprint(dataSource);
                int status = mvc.perform(request(e.getKey(), e.getValue(), rows.get(e.getKey()), file)).andReturn()
                        .getResponse().getStatus();
                var changed = Sweeps.differences(before, Sweeps.settledFingerprint(dataSource));
                if (status >= 500) {
                    wrong.add(name + ": " + status);
                }
                for (String table : changed.keySet()) {
                    Sweeps.valuesContaining(dataSource, table, "../", "..\\")
                            .forEach(v -> wrong.add(name + ": " + table + " keeps " + v));
                }
                String leaf = UploadContent.lastSegment(name);
                Path data = settings.dataDir().toAbsolutePath().normalize();
                for (Path above = data.getParent(); above != null; above = above.getParent()) {
                    if (Files.exists(above.resolve(leaf))) {
                        wrong.add(name + ": written to " + above.resolve(leaf));
                    }
                }
            }
            assertThat(wrong).as("%s", e.getKey()).isEmpty();
        }));
    }
}
