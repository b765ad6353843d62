package org.liaison.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * RELIABILITY.md items 25-28 against a running instance loaded by {@code bench/load.sh} with the bench
 * organizations ({@code 0b000000-0000-4000-8000-<n, 12 digits>}, "Bench organization <n, 6 digits>").
 *
 * <ul>
 * <li>browsing (item 25): half of {@code load.browsers} are a signed-in cooperation manager's page sessions
 * (the public news, the directory search, organization pages), half are API clients with the manager's
 * bearer token (search, list by country, detail); 1-3 s between requests;</li>
 * <li>editing (item 27): {@code load.editors} users GET an organization of a small pool and PUT it back
 * changed with If-Match: 200 or 409/412, never anything else; afterwards each record's version must have
 * grown by exactly its number of 200s (no lost update). With {@code load.maintenance=true} the simulation
 * turns maintenance on first (as the administrator, whose token the script registered) and every write
 * must answer 503 with Retry-After while every read is served;</li>
 * <li>a login burst (item 26): {@code load.logins} sign-ins within {@code load.login-window} seconds in
 * the middle of the run; requests during the burst are grouped "burst" so their percentiles are apart;</li>
 * <li>a monitor (item 28): every 10 s the administrator reads /actuator/prometheus: live data after GC,
 * heap in use and the active session count, written to {@code load.out}/metrics.csv.</li>
 * </ul>
 * Requests of the first {@code load.warmup} seconds are grouped "warm-up" and not asserted; the targets
 * (p99 under 500 ms for the API, under 1 s for pages, no failed request) apply to group "load".
 */
public class LiaisonLoadSimulation extends Simulation {

    private static final String BASE = setting("load.base-url", "http://127.0.0.1:8080");
    private static final int BROWSERS = Integer.parseInt(setting("load.browsers", "200"));
    private static final int EDITORS = Integer.parseInt(setting("load.editors", "20"));
    private static final int WARMUP = Integer.parseInt(setting("load.warmup", "30"));
    private static final int DURATION = Integer.parseInt(setting("load.duration", "300"));
    private static final int LOGINS = Integer.parseInt(setting("load.logins", "100"));
    private static final int LOGIN_WINDOW = Integer.parseInt(setting("load.login-window", "10"));
    private static final int ORGS = Integer.parseInt(setting("load.orgs", "100000"));
    private static final int POOL = Integer.parseInt(setting("load.pool", "10"));
    private static final boolean MAINTENANCE = Boolean.parseBoolean(setting("load.maintenance", "false"));
    private static final String MANAGER = setting("load.manager", "manager");
    private static final String MANAGER_PASSWORD = setting("load.manager-password", "demo-manager-2012");
    private static final String MANAGER_TOKEN = required("load.manager-token");
    private static final String ADMIN_TOKEN = required("load.admin-token");
    private static final Path OUT = Path.of(setting("load.out", "target/load"));
    private static final int PAGE_P99_MS = Integer.parseInt(setting("load.page-p99", "1000"));
    private static final int API_P99_MS = Integer.parseInt(setting("load.api-p99", "500"));

    /** Bench organization numbers whose row is confidential (bench/relationships-load.sql): the manager gets 404. */
    private static boolean visible(int n) {
        return n % 19 != 7;
    }

    private static final String[] COUNTRIES = {"JP", "CN", "US", "DE", "FR", "GB", "KR", "IN", "BR", "IT"};
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static final AtomicLong START = new AtomicLong();
    private static final long BURST_FROM = (WARMUP + DURATION / 2L - LOGIN_WINDOW / 2L) * 1000L;
    private static final long BURST_TO = BURST_FROM + (LOGIN_WINDOW + 10L) * 1000L;
    private static final long END = (WARMUP + (long) DURATION) * 1000L;

    /** The pool the editors share, with each record's version before the run and its count of 200s. */
    private static final List<String> POOL_IDS = new ArrayList<>();
    private static final Map<String, Long> VERSIONS_BEFORE = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> ACCEPTED = new ConcurrentHashMap<>();
    private static final Map<Integer, AtomicInteger> WRITE_STATUSES = new ConcurrentHashMap<>();
    private static final List<String> METRICS = Collections.synchronizedList(new ArrayList<>());

    /**
     * A setting from the system property {@code name} or else the environment variable named like it
     * ({@code load.base-url}: {@code LOAD_BASE_URL}); the Maven plugin runs Gatling in a forked JVM,
     * which inherits the environment.
     */
    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null ? fallback : value;
    }

    private static String required(String name) {
        String value = setting(name, null);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + name + " is required (bench/load.sh sets it)");
        }
        return value;
    }

    private static String orgId(int n) {
        return String.format("0b000000-0000-4000-8000-%012d", n);
    }

    private static long elapsed() {
        return System.currentTimeMillis() - START.get();
    }

    /** warm-up, burst (during the login burst and 10 s after) or load: the group every request goes in. */
    private static Session phase(Session session) {
        long t = elapsed();
        String phase = t < WARMUP * 1000L ? "warm-up" : (t >= BURST_FROM && t < BURST_TO) ? "burst" : "load";
        return session.set("phase", phase);
    }

    /** Random visible bench organizations; seeded so two runs ask for the same sequence overall. */
    private static Iterator<Map<String, Object>> organizations(long seed) {
        var random = new Random(seed);
        Supplier<Map<String, Object>> next = () -> {
            int n;
            synchronized (random) {
                do {
                    n = 1 + random.nextInt(ORGS);
                } while (!visible(n));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("orgId", orgId(n));
            row.put("orgName", String.format("Bench organization %06d", n));
            row.put("country", COUNTRIES[n % COUNTRIES.length]);
            return row;
        };
        return Stream.generate(next).iterator();
    }

    private static Iterator<Map<String, Object>> pool(long seed) {
        var random = new Random(seed);
        Supplier<Map<String, Object>> next = () -> {
            synchronized (random) {
                return Map.of("orgId", POOL_IDS.get(random.nextInt(POOL_IDS.size())));
            }
        };
        return Stream.generate(next).iterator();
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptLanguageHeader("en")
            .userAgentHeader("Liaison load (Gatling)")
            .disableCaching();

    private static ChainBuilder signIn(String name) {
        return exec(http(name + ": form").get("/login")
                        .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http(name).post("/login")
                        .formParam("username", MANAGER).formParam("password", MANAGER_PASSWORD)
                        .formParam("_csrf", "#{csrf}")
                        // a refused sign-in lands on /login?error, a throttled one answers 429
                        .check(status().is(200), currentLocation().transform(l -> l.contains("/login")).is(false)));
    }

    private static ChainBuilder untilTheEnd(ChainBuilder body) {
        return asLongAs(session -> elapsed() < END).on(exec(LiaisonLoadSimulation::phase).group("#{phase}").on(body));
    }

    private final ScenarioBuilder pages = scenario("pages")
            .exec(LiaisonLoadSimulation::phase)
            .group("#{phase}").on(signIn("sign in"))
            .exitHereIfFailed() // without a session the pages would only redirect to the sign-in form
            .exec(untilTheEnd(exec(http("page: news").get("/news").check(status().is(200)))
                    .pause(1, 3)
                    .feed(organizations(2))
                    .exec(http("page: directory search").get("/directory").queryParam("q", "#{orgName}")
                            .check(status().is(200), regex("#{orgId}").exists()))
                    .pause(1, 3)
                    .exec(http("page: organization").get("/directory/organizations/#{orgId}")
                            .check(status().is(200), regex("#{orgName}").exists()))
                    .pause(1, 3)));

    private final ScenarioBuilder api = scenario("api")
            .exec(untilTheEnd(feed(organizations(3))
                    .exec(http("api: search").get("/api/v1/organizations").queryParam("q", "#{orgName}")
                            .header("Authorization", "Bearer " + MANAGER_TOKEN).header("Accept", "application/json")
                            .check(status().is(200), regex("#{orgId}").exists()))
                    .pause(1, 3)
                    .exec(http("api: list by country").get("/api/v1/organizations")
                            .queryParam("country", "#{country}").queryParam("kind", "UNIVERSITY").queryParam("size", "20")
                            .header("Authorization", "Bearer " + MANAGER_TOKEN).header("Accept", "application/json")
                            .check(status().is(200)))
                    .pause(1, 3)
                    .exec(http("api: organization").get("/api/v1/organizations/#{orgId}")
                            .header("Authorization", "Bearer " + MANAGER_TOKEN).header("Accept", "application/json")
                            .check(status().is(200), header("ETag").exists()))
                    .pause(1, 3)));

    private static final Pattern DESCRIPTION = Pattern.compile("\"description\"\\s*:\\s*(null|\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final AtomicLong EDITS = new AtomicLong();

    /** The organization as read, with a new description (an unchanged body would not change the version). */
    private static Session edited(Session session) {
        String body = session.getString("body");
        String text = "\"description\":\"Edited by load user " + session.userId() + ", edit " + EDITS.incrementAndGet() + "\"";
        Matcher m = DESCRIPTION.matcher(body);
        String changed = m.find() ? body.substring(0, m.start()) + text + body.substring(m.end())
                : body.replaceFirst("\\{", "{" + Matcher.quoteReplacement(text) + ",");
        return session.set("edited", changed);
    }

    private static Session counted(Session session) {
        if (!session.contains("writeStatus")) {
            return session;
        }
        int code = session.getInt("writeStatus");
        WRITE_STATUSES.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
        if (code == 200) {
            ACCEPTED.get(session.getString("orgId")).incrementAndGet();
        }
        return session.remove("writeStatus");
    }

    private final ScenarioBuilder editors = scenario("editors")
            .exec(untilTheEnd(feed(pool(4))
                    // a failed read must not leave the last round's version and body for the write
                    .exec(session -> session.remove("etag").remove("body").remove("edited").markAsSucceeded())
                    .exec(http("edit: read").get("/api/v1/organizations/#{orgId}")
                            .header("Authorization", "Bearer " + MANAGER_TOKEN).header("Accept", "application/json")
                            .check(status().is(200), header("ETag").saveAs("etag"), bodyString().saveAs("body")))
                    .doIf(session -> session.contains("etag") && session.contains("body")).then(
                            exec(LiaisonLoadSimulation::edited)
                    .exec(http("edit: change").put("/api/v1/organizations/#{orgId}")
                            .header("Authorization", "Bearer " + MANAGER_TOKEN).header("Accept", "application/json")
                            .header("If-Match", "#{etag}").header("Content-Type", "application/json")
                            .body(StringBody("#{edited}"))
                            .check(MAINTENANCE
                                    ? List.of(status().saveAs("writeStatus"), status().is(503), header("Retry-After").exists())
                                    : List.of(status().saveAs("writeStatus"), status().in(200, 409, 412))))
                    .exec(LiaisonLoadSimulation::counted))
                    .pause(Duration.ofMillis(500), Duration.ofMillis(2000))));

    private final ScenarioBuilder logins = scenario("login burst")
            .exec(LiaisonLoadSimulation::phase)
            .group("#{phase}").on(signIn("login burst")
                    .exec(http("login burst: start page").get("/").check(status().is(200))));

    private static final Pattern LIVE_DATA = Pattern.compile("(?m)^jvm_gc_live_data_size_bytes(?:\\{[^}]*})? (\\S+)");
    private static final Pattern HEAP_USED = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)");
    private static final Pattern SESSIONS = Pattern.compile("(?m)^tomcat_sessions_active_current_sessions(?:\\{[^}]*})? (\\S+)");

    private static Session sample(Session session) {
        String text = session.getString("prometheus");
        double live = sum(LIVE_DATA, text);
        double heap = sum(HEAP_USED, text);
        double sessions = sum(SESSIONS, text);
        METRICS.add(String.format("%d,%.1f,%.1f,%.0f", elapsed() / 1000, live / 1048576, heap / 1048576, sessions));
        return session;
    }

    private static double sum(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        double total = 0;
        boolean found = false;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
            found = true;
        }
        return found ? total : Double.NaN;
    }

    private final ScenarioBuilder monitor = scenario("monitor")
            .exec(asLongAs(session -> elapsed() < END + 5000).on(
                    exec(http("monitor: prometheus").get("/actuator/prometheus")
                            .header("Authorization", "Bearer " + ADMIN_TOKEN)
                            .check(status().is(200), bodyString().saveAs("prometheus")))
                            .exec(LiaisonLoadSimulation::sample)
                            .pause(10)));

    {
        int pageUsers = BROWSERS / 2;
        List<PopulationBuilder> populations = new ArrayList<>(List.of(
                pages.injectOpen(rampUsers(pageUsers).during(Math.max(1, WARMUP))),
                api.injectOpen(rampUsers(BROWSERS - pageUsers).during(Math.max(1, WARMUP))),
                editors.injectOpen(rampUsers(EDITORS).during(Math.max(1, WARMUP))),
                monitor.injectOpen(rampUsers(1).during(1))));
        if (LOGINS > 0) {
            populations.add(logins.injectOpen(nothingFor(Duration.ofMillis(BURST_FROM)),
                    rampUsers(LOGINS).during(LOGIN_WINDOW)));
        }
        List<Assertion> assertions = new ArrayList<>(List.of(global().failedRequests().percent().is(0.0)));
        for (String page : List.of("page: news", "page: directory search", "page: organization")) {
            assertions.add(details("load", page).responseTime().percentile(99.0).lt(PAGE_P99_MS));
        }
        List<String> apiRequests = new ArrayList<>(List.of("api: search", "api: list by country", "api: organization",
                "edit: read"));
        if (!MAINTENANCE) {
            apiRequests.add("edit: change");
        }
        for (String request : apiRequests) {
            assertions.add(details("load", request).responseTime().percentile(99.0).lt(API_P99_MS));
        }
        setUp(populations).protocols(protocol).assertions(assertions)
                .maxDuration(Duration.ofSeconds(WARMUP + DURATION + 120L));
    }

    @Override
    public void before() {
        try {
            Files.createDirectories(OUT);
            if (MAINTENANCE) {
                var answer = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/admin/maintenance"))
                        .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":true,\"message\":\"Load test\"}")));
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("maintenance on: " + answer.statusCode() + " " + answer.body());
                }
            }
            // the editors' pool: the first visible bench organizations
            for (int n = 1; POOL_IDS.size() < POOL; n++) {
                if (visible(n)) {
                    String id = orgId(n);
                    POOL_IDS.add(id);
                    VERSIONS_BEFORE.put(id, version(id));
                    ACCEPTED.put(id, new AtomicInteger());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        START.set(System.currentTimeMillis());
    }

    @Override
    public void after() {
        var lines = new ArrayList<String>();
        boolean lost = false;
        try {
            lines.add("# Lost-update check, " + Instant.now() + (MAINTENANCE ? " (maintenance on)" : ""));
            lines.add("# write statuses: " + WRITE_STATUSES);
            lines.add("id,version before,version after,200s,lost");
            for (String id : POOL_IDS) {
                long before = VERSIONS_BEFORE.get(id);
                long after = version(id);
                int accepted = ACCEPTED.get(id).get();
                long missing = before + accepted - after;
                lost |= missing != 0;
                lines.add(id + "," + before + "," + after + "," + accepted + "," + missing);
            }
            lines.add(lost ? "RESULT: LOST UPDATES (version after differs from version before + 200s)"
                    : "RESULT: no lost update");
            Files.write(OUT.resolve("writes.csv"), lines, StandardCharsets.UTF_8);
            var metrics = new ArrayList<String>();
            metrics.add("seconds,live data after GC MiB,heap used MiB,active sessions");
            metrics.addAll(METRICS);
            Files.write(OUT.resolve("metrics.csv"), metrics, StandardCharsets.UTF_8);
            if (MAINTENANCE) {
                send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/admin/maintenance"))
                        .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        System.out.println(String.join(System.lineSeparator(), lines));
    }

    private static long version(String id) throws IOException, InterruptedException {
        var answer = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/organizations/" + id))
                .header("Authorization", "Bearer " + MANAGER_TOKEN).header("Accept", "application/json").GET());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + id + ": " + answer.statusCode());
        }
        return Long.parseLong(answer.headers().firstValue("ETag").orElseThrow().replace("W/", "").replace("\"", ""));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
