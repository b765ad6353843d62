package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.AuthorizationMatrixIntegrationTests.Endpoint;
import org.liaison.AuthorizationMatrixIntegrationTests.Row;
import org.liaison.access.Actor;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Hostile search, sort, filter and paging parameters (checklist item 12) on every GET endpoint
 * of every module. The parameters come from the handler methods themselves ({@code @RequestParam}
 * and the components of records bound from the query), the endpoints from the authorization
 * matrix (with its valid query as the base). Every value, for every actor: never a 5xx; an API
 * error is a problem body (JSON), a page error a page (HTML).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParameterSweepIntegrationTests {

    /** SQL, Lucene syntax, numbers out of every range, unknown names, long and broken text, bad dates. */
    static final List<String> HOSTILE = List.of(
            "' OR '1'='1", "1; DROP TABLE organization;--", "name desc, (select 1)", "1) UNION SELECT * FROM user_account--",
            "*:*", "name:(a OR b)^99", "/[a/", "a~~~2", "\"unterminated", "((((((", "AND OR NOT", "+-&&||!(){}[]^\"~*?:\\/",
            "-1", "-2147483649", "99999999999999999999", "NaN", "1e309", "0x1F", "abc", "", "%", "_", "\\",
            "x".repeat(20_000), "\u0000", "NOT_A_VALUE", "name,desc;drop", "2012-13-45", "9999-99-99T99:99", "../../etc/passwd",
            "日本語の検索" + "語".repeat(3000));

    /** What each actor but the administrator (who reaches every code path) gets: the sharpest few. */
    static final List<String> FEW = List.of("' OR '1'='1", "/[a/", "-2147483649", "NOT_A_VALUE", "2012-13-45", "x".repeat(20_000));

    /** Percent-encoded bytes that are not UTF-8 (overlong, truncated, stray). */
    static final List<String> RAW = List.of("%FF%FE", "%C0%AE%C0%AE", "%E0%80", "%ED%A0%80", "a%80b");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AuthorizationMatrixIntegrationTests matrix;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    void setUp() {
        matrix = Sweeps.matrix(context);
    }

    /** The query parameters each GET endpoint's handler reads. */
    Map<Endpoint, Set<String>> parameters() {
        var result = new LinkedHashMap<Endpoint, Set<String>>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                var names = names(handler);
                var methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty() || methods.stream().anyMatch(m -> m.name().equals("GET"))) {
                        result.computeIfAbsent(new Endpoint(methods.isEmpty() ? "*" : "GET", pattern), k -> new LinkedHashSet<>())
                                .addAll(names);
                    }
                }
            });
        }
        return result;
    }

    static Set<String> names(HandlerMethod handler) {
        var names = new LinkedHashSet<String>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            var requestParam = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (requestParam != null) {
                String name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
                names.add(name.isEmpty() ? parameter.getParameterName() : name);
            } else if (type.isRecord() && (parameter.hasParameterAnnotation(ModelAttribute.class)
                    || !parameter.hasParameterAnnotations() && type.getName().startsWith("org.liaison"))) {
                for (var component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            } else if (!parameter.hasParameterAnnotations() && BeanUtils.isSimpleProperty(type)
                    && !type.getName().startsWith("jakarta") && parameter.getParameterName() != null) {
                names.add(parameter.getParameterName());
            }
        }
        names.remove(null);
        return names;
    }

    @TestFactory
    Stream<DynamicTest> hostileParametersNeverGiveA5xx() {
        var rows = Sweeps.rows();
        var parameters = parameters();
        var swept = parameters.entrySet().stream().filter(e -> !e.getValue().isEmpty() && rows.containsKey(e.getKey()))
                .toList();
        assertThat(swept).hasSizeGreaterThan(20);
        return swept.stream().map(e -> DynamicTest.dynamicTest(e.getKey() + " " + e.getValue(), () -> {
            Row row = rows.get(e.getKey());
            var wrong = new ArrayList<String>();
            for (Actor actor : Actor.values()) {
                var values = actor == Actor.ADMIN ? HOSTILE : FEW;
                for (String parameter : e.getValue()) {
                    for (String value : values) {
                        check(row, actor, parameter, URLEncoder.encode(value, StandardCharsets.UTF_8), wrong);
                    }
                    if (actor == Actor.ADMIN) {
                        for (String raw : RAW) {
                            check(row, actor, parameter, raw, wrong);
                        }
                    }
                }
            }
            assertThat(wrong).as("%s", e.getKey()).isEmpty();
        }));
    }

    void check(Row row, Actor actor, String parameter, String encodedValue, List<String> wrong) throws Exception {
        var shared = new HashMap<String, String>();
        Endpoint endpoint = row.endpoint();
        String path = matrix.samples.fill(endpoint, endpoint.path(), actor, shared);
        String base = matrix.samples.fill(endpoint, row.body(), actor, shared);
        var query = new StringBuilder();
        for (String pair : base.split("&")) {
            if (!pair.isEmpty() && !pair.startsWith(parameter + "=")) {
                query.append(pair).append('&');
            }
        }
        query.append(URLEncoder.encode(parameter, StandardCharsets.UTF_8)).append('=').append(encodedValue);
        // the OpenAPI documents answer problem details like the API (Problems.isApiRequest)
        boolean api = path.startsWith("/api/") || path.startsWith("/v3/api-docs");
        var request = MockMvcRequestBuilders.get(URI.create(path + "?" + query));
        if (api) {
            request.accept("application/json");
        } else {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
        var response = mvc.perform(matrix.signedIn.as(actor, request, api)).andReturn().getResponse();
        requests.incrementAndGet();
        int status = response.getStatus();
        String type = String.valueOf(response.getContentType());
        String shown = encodedValue.length() > 40 ? encodedValue.substring(0, 40) + "…(" + encodedValue.length() + ")" : encodedValue;
        if (status >= 500) {
            wrong.add(actor.column() + " " + parameter + "=" + shown + ": " + status + " "
                    + HtmlInspection.abbreviate(response.getContentAsString(StandardCharsets.UTF_8)));
        } else if (status >= 400 && status != 401 && status != 403 && status != 404) {
            if (api && !type.contains("json")) {
                wrong.add(actor.column() + " " + parameter + "=" + shown + ": " + status + " as " + type + ", not a problem body");
            }
            if (!api && !type.contains("html")) {
                wrong.add(actor.column() + " " + parameter + "=" + shown + ": " + status + " as " + type + ", not a page");
            }
        }
    }

    @AfterAll
    void figures() {
        System.out.println("Parameter sweep: " + requests.get() + " requests");
    }
}
