package org.liaison.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.shared.AllowedDuringMaintenance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maintenance refuses every write of every module and keeps every read. The writes are not
 * listed by hand: they come from Spring MVC's handler mappings, so an endpoint a module adds
 * later is covered without touching this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaintenanceIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MaintenanceSwitch maintenance;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CountingJob job;

    SignedIn signedIn;

    @BeforeAll
    void signIn() {
        signedIn = new SignedIn(mvc, accounts, tokens, "maintenance", UUID.randomUUID());
    }

    @AfterEach
    void off() {
        maintenance.set(false, null, null, "test");
    }

    /** {@code consumes}: the media type the handler takes (JSON unless it declares another), so the request reaches it. */
    record Write(String method, String path, boolean allowed, String handler, MediaType consumes) {}

    /** Every write mapping of the application: non-safe methods, and mappings without methods as POST. */
    List<Write> writes() {
        var writes = new ArrayList<Write>();
        for (var mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                var writeMethods = methods.isEmpty() ? Set.of(RequestMethod.POST) : methods;
                for (var method : writeMethods) {
                    if (MaintenanceGuard.SAFE_METHODS.contains(method.name())) {
                        continue;
                    }
                    for (String pattern : info.getPatternValues()) {
                        var consumable = info.getConsumesCondition().getConsumableMediaTypes();
                        writes.add(new Write(method.name(), pattern, MaintenanceGuard.allowed(handler),
                                handler.getShortLogMessage(),
                                consumable.isEmpty() ? MediaType.APPLICATION_JSON : consumable.iterator().next()));
                    }
                }
            });
        }
        return writes;
    }

    static String fill(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()).replace("**", "x");
    }

    @Test
    void everyWriteOfEveryModuleAnswers503WithRetryAfter() throws Exception {
        int organizations = jdbc.queryForObject("select count(*) from organization", Integer.class);
        var until = Instant.now().plus(2, ChronoUnit.HOURS);
        maintenance.set(true, "Database upgrade", until, "test");
        var writes = writes();
        assertThat(writes.stream().map(Write::path))
                .as("writes of the modules on main are found")
                .anyMatch(p -> p.startsWith("/api/v1/organizations"))
                .anyMatch(p -> p.startsWith("/api/v1/relationships"))
                .anyMatch(p -> p.startsWith("/api/v1/engagements"))
                .anyMatch(p -> p.startsWith("/api/v1/me/tokens"))
                .anyMatch(p -> p.startsWith("/directory/"));
        var wrong = new TreeSet<String>();
        int refused = 0;
        for (var write : writes) {
            if (write.allowed()) {
                continue;
            }
            for (boolean api : new boolean[] { true, false }) {
                if (api != write.path().startsWith("/api/")) {
                    continue;
                }
                var request = request(HttpMethod.valueOf(write.method()), fill(write.path()))
                        .contentType(write.consumes())
                        .content(MediaType.APPLICATION_JSON.includes(write.consumes()) ? "{}" : "x")
                        .with(csrf())
                        .header("Accept", api ? "application/json" : "text/html");
                var response = mvc.perform(signedIn.as(Actor.ADMIN, request, api)).andReturn().getResponse();
                String retryAfter = response.getHeader("Retry-After");
                if (response.getStatus() != 503 || retryAfter == null || Long.parseLong(retryAfter) < 60) {
                    wrong.add(write + " answered " + response.getStatus() + " Retry-After " + retryAfter);
                }
                if (api && !response.getContentAsString().contains("\"code\":\"maintenance\"")) {
                    wrong.add(write + " did not answer a problem detail: " + response.getContentAsString());
                }
                refused++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(refused).isGreaterThan(20);
        assertThat(jdbc.queryForObject("select count(*) from organization", Integer.class))
                .as("nothing was written").isEqualTo(organizations);
    }

    @Test
    void readsKeepWorkingAndPagesShowTheBannerInTheirLanguage() throws Exception {
        maintenance.set(true, "Upgrade to PostgreSQL 17", Instant.parse("2031-01-01T10:00:00Z"), "test");
        var reads = new TreeSet<String>();
        for (var mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().keySet().stream()
                    .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                    .flatMap(info -> info.getPatternValues().stream())
                    .filter(p -> !p.contains("{") && !p.contains("*"))
                    .forEach(reads::add);
        }
        assertThat(reads).contains("/api/v1/organizations", "/api/v1/engagements", "/directory");
        for (String path : reads) {
            boolean api = path.startsWith("/api/");
            var response = mvc.perform(signedIn.as(Actor.ADMIN, get(path)
                    .header("Accept", api ? "application/json" : "text/html"), api)).andReturn().getResponse();
            assertThat(response.getStatus()).as("GET %s", path).isLessThan(500);
        }
        var english = mvc.perform(signedIn.as(Actor.ADMIN, get("/directory").header("Accept", "text/html"), false))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Liaison is under maintenance", "Upgrade to PostgreSQL 17", "2031-01-01 10:00 UTC");
        var japanese = mvc.perform(get("/").param("lang", "ja").header("Accept", "text/html"))
                .andReturn().getResponse().getContentAsString();
        assertThat(japanese).contains("Liaison はメンテナンス中です");
        var russian = mvc.perform(get("/").param("lang", "ru").header("Accept", "text/html"))
                .andReturn().getResponse().getContentAsString();
        assertThat(russian).contains("Liaison на обслуживании");
    }

    @Test
    void aRefusedPageWriteIsAReadablePageWithTheBanner() throws Exception {
        maintenance.set(true, "", null, "test");
        var response = mvc.perform(signedIn.as(Actor.ADMIN, post("/directory/organizations").with(csrf())
                .header("Accept", "text/html").param("kind", "CORPORATION"), false)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("300");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("this change was not saved", "Liaison is under maintenance");
    }

    @Test
    void signingInAndTheSwitchItselfStillWork() throws Exception {
        maintenance.set(true, "", null, "test");
        // the login form (a POST) still signs in: a fresh session
        var session = signedIn.login(signedIn.user(Actor.MANAGER).username(), Actor.PASSWORD);
        assertThat(session).isNotNull();
        // only administrators switch
        var refused = mvc.perform(signedIn.as(Actor.MANAGER, put("/api/v1/admin/maintenance")
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false}"), true)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(maintenance.active()).isTrue();
        var off = mvc.perform(signedIn.as(Actor.ADMIN, put("/api/v1/admin/maintenance")
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false}"), true)).andReturn().getResponse();
        assertThat(off.getStatus()).isEqualTo(200);
        assertThat(maintenance.active()).isFalse();
        var on = mvc.perform(signedIn.as(Actor.ADMIN, put("/api/v1/admin/maintenance").contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\": true, \"message\": \"Moving racks\", \"until\": \"2031-01-01T10:00:00Z\"}"), true))
                .andReturn().getResponse();
        assertThat(on.getContentAsString()).contains("\"enabled\":true", "Moving racks", "2031-01-01T10:00:00Z");
        // stored in the database, where every node and the next start read it
        assertThat(jdbc.queryForObject("select changed_by from operations_maintenance where id = 1", String.class))
                .isEqualTo(signedIn.user(Actor.ADMIN).username());
        // and the page switch, with a session
        var page = mvc.perform(post("/admin/maintenance").session(signedIn.session(Actor.ADMIN)).with(csrf())
                .param("enabled", "false")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(maintenance.active()).isFalse();
    }

    @Test
    void startingWithLiaisonMaintenanceTurnsItOn() {
        new MaintenanceAtStart(new OperationsSettings(true, "Started read-only", null, null), maintenance).apply();
        assertThat(maintenance.current()).hasValueSatisfying(m -> assertThat(m.message()).isEqualTo("Started read-only"));
        new MaintenanceAtStart(new OperationsSettings(false, null, null, null), maintenance).apply();
        assertThat(maintenance.active()).as("false leaves the stored state").isTrue();
    }

    @Test
    void scheduledJobsPauseDuringMaintenance() {
        job.run();
        assertThat(job.runs()).isEqualTo(1);
        maintenance.set(true, "", null, "test");
        job.run();
        assertThat(job.runs()).as("skipped during maintenance").isEqualTo(1);
        maintenance.set(false, null, null, "test");
        job.run();
        assertThat(job.runs()).isEqualTo(2);
    }

    /** A job as every module writes one: a ShedLock lock around the work. */
    static class CountingJob {
        private final AtomicInteger runs = new AtomicInteger();

        public int runs() {
            return runs.get();
        }

        @SchedulerLock(name = "maintenance-test-job", lockAtLeastFor = "PT0S")
        public void run() {
            runs.incrementAndGet();
        }
    }

    @TestConfiguration
    static class Jobs {
        @Bean
        CountingJob countingJob() {
            return new CountingJob();
        }
    }

    @Test
    void theExemptionsAreFewAndNamed() {
        assertThat(writes().stream().filter(Write::allowed).map(Write::path).distinct())
                .containsExactlyInAnyOrder("/api/v1/admin/maintenance", "/admin/maintenance",
                        "/api/v1/organizations/duplicates", "/directory/organizations/duplicates",
                        // an administrator's first sign-in enrols the second factor: signing in keeps working
                        "/account/second-factor",
                        // the search index is derived data: rebuilding it changes no record
                        "/admin/search", "/api/v1/admin/search/reindex");
        assertThat(AllowedDuringMaintenance.class.isAnnotation()).isTrue();
    }
}
