package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementParty;
import org.liaison.agreements.internal.AgreementService;
import org.liaison.agreements.internal.MilestoneDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.RelationType;
import org.liaison.directory.internal.AffiliationDraft;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.directory.internal.PersonDraft;
import org.liaison.directory.internal.RelationDraft;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.CalendarFeedService;
import org.liaison.engagements.internal.EngagementDraft;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.FollowUpDraft;
import org.liaison.engagements.internal.ParticipantInput;
import org.liaison.engagements.internal.Schedule;
import org.liaison.engagements.internal.Side;
import org.liaison.relationships.internal.RelationshipService;
import org.liaison.fund.core.DealStage;
import org.liaison.fund.internal.DealService;
import org.liaison.fund.internal.FundFixtures;
import org.liaison.fund.internal.FundService;
import org.liaison.fund.internal.LedgerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint × every actor (anonymous, partner, cooperation manager, committee member,
 * administrator) against the committed table {@code src/test/resources/authz/matrix.md}. The
 * endpoints come from Spring MVC's handler mappings, so an endpoint without a row fails, and so
 * does a row without an endpoint. Requests are signed in for real: a session from the login form
 * for pages, a personal API token for {@code /api/**}.
 * <p>
 * To add an endpoint: add its row to the table (the failure message of
 * {@link #everyEndpointHasARowAndEveryRowAnEndpoint()} prints a row with today's statuses for you
 * to review), and, if its path has a variable the {@link Samples} do not know, register a
 * supplier of a real id in {@link #registerSamples()}. Bodies may use the same {@code {variable}}
 * placeholders.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    /** Every table: matrix.md and one file per module or branch, so that parallel work does not collide. */
    static final String TABLE = "classpath*:authz/*.md";

    /**
     * Sample suppliers kept beside a module's tests instead of in {@link #registerSamples()}: any
     * class in {@code org.liaison} (test sources) implementing this is created with its
     * {@code @Autowired} fields filled and asked to register.
     */
    interface SampleRegistrar {
        void register(Samples samples, SignedIn signedIn);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;

    SignedIn signedIn;
    final Samples samples = new Samples();

    @Autowired
    DirectoryService directory;
    @Autowired
    EngagementService engagements;
    @Autowired
    CalendarFeedService calendars;

    @Autowired
    RelationshipService relationships;

    @Autowired
    org.liaison.news.internal.NewsService news;
    @Autowired
    org.liaison.news.internal.WhatIsNew whatIsNew;
    @Autowired
    AgreementService agreements;
    @Autowired
    org.liaison.ingest.internal.IngestService ingest;
    @Autowired
    org.liaison.ingest.internal.FeedService feeds;
    @Autowired
    FundService funds;
    @Autowired
    DealService deals;
    @Autowired
    LedgerService ledger;
    @Autowired
    org.liaison.fund.internal.DealDocuments dealDocuments;

    @BeforeAll
    void signIn() {
        // The partner user is bound to a real organization of the directory.
        var partnerOrganization = asSystem(() -> directory.register(organization("Matrix partner"))).id();
        signedIn = new SignedIn(mvc, accounts, tokens, "matrix", partnerOrganization);
        registerSamples();
    }

    /**
     * Real ids for path variables, made fresh for each request so that a DELETE by one actor
     * does not change what the next one sees. Key: the variable name, or "template {variable}"
     * when the same name means different records on different paths.
     */
    void registerSamples() {
        // access: a token of the acting user (an administrator's for anonymous callers)
        Function<Samples.Request, String> ownToken = r -> tokens.issue(
                signedIn.user(r.actor().isAnonymous() ? Actor.ADMIN : r.actor()).id(), "matrix sample", null)
                .token().id().toString();
        samples.under("/api/v1/me/tokens/", "id", ownToken);
        samples.under("/account/tokens/", "id", ownToken);
        samples.variable("**", r -> "liveness"); // /actuator/health/**

        // directory: fresh records the hub's staff see and partners do not (they own none of them)
        Function<Samples.Request, String> organization = r -> asSystem(
                () -> directory.register(organization("Matrix organization"))).id().toString();
        Function<Samples.Request, String> person = r -> asSystem(
                () -> directory.registerPerson(new PersonDraft(List.of(new NameInput("Matrix Person", "en", true)), null)))
                .id().toString();
        samples.variable("unique", r -> UUID.randomUUID().toString().substring(0, 8));
        // the record of the path also leaves its version, for bodies and If-Match: {idVersion}
        Function<Samples.Request, String> organizationAtPath = r -> {
            var made = asSystem(() -> directory.register(organization("Matrix organization")));
            r.shared().put("idVersion", String.valueOf(asSystem(() -> directory.organization(made.id())).version()));
            return made.id().toString();
        };
        Function<Samples.Request, String> personAtPath = r -> {
            var made = asSystem(() -> directory.registerPerson(
                    new PersonDraft(List.of(new NameInput("Matrix Person", "en", true)), null)));
            r.shared().put("idVersion", String.valueOf(asSystem(() -> directory.person(made.id())).version()));
            return made.id().toString();
        };
        samples.variable("organization", organization);
        samples.variable("person", person);
        samples.under("/api/v1/organizations/", "id", organizationAtPath);
        samples.under("/directory/organizations/", "id", organizationAtPath);
        samples.under("/api/v1/people/", "id", personAtPath);
        samples.under("/directory/people/", "id", personAtPath);
        samples.under("/api/v1/relations/", "id", r -> asSystem(() -> {
            var from = directory.register(organization("Matrix from")).id();
            var to = directory.register(organization("Matrix to")).id();
            r.shared().put("relationFrom", from.toString());
            r.shared().put("relationTo", to.toString());
            return directory.relate(new RelationDraft(from, RelationType.PARTNER_OF, to, null, null, null));
        }).id().toString());
        // engagements
        samples.under("/api/v1/engagements/", "id", r -> engagement(r).toString());
        samples.under("/api/v1/follow-ups/", "id", r -> {
            var engagement = engagement(r);
            var owner = Objects.requireNonNull(signedIn.user(Actor.ADMIN)).id();
            return asSystem(() -> engagements.addFollowUp(engagement,
                    new FollowUpDraft("Matrix follow-up", owner, LocalDate.of(2031, 1, 5)))).id().toString();
        });
        // engagements' pages: the same fresh engagement, and a follow-up of it owned by the administrator
        samples.under("/engagements/", "id", r -> engagement(r).toString());
        samples.under("/follow-ups/", "id", r -> {
            var engagement = engagement(r);
            var owner = Objects.requireNonNull(signedIn.user(Actor.ADMIN)).id();
            return asSystem(() -> engagements.addFollowUp(engagement,
                    new FollowUpDraft("Matrix follow-up", owner, LocalDate.of(2031, 1, 5)))).id().toString();
        });
        samples.under("/calendar/", "token", r -> ViewerContext.call(
                accounts.viewerOf(Objects.requireNonNull(signedIn.user(Actor.ADMIN)).id()), () -> calendars.reset().token()));

        samples.under("/api/v1/affiliations/", "id", r -> asSystem(() -> {
            var org = directory.register(organization("Matrix employer")).id();
            var who = directory.registerPerson(new PersonDraft(List.of(new NameInput("Matrix Employee", "en", true)), null));
            r.shared().put("affiliationPerson", who.id().toString());
            r.shared().put("affiliationOrganization", org.toString());
            return directory.affiliate(new AffiliationDraft(who.id(), org, "engineer", null, null));
        }).id().toString());

        // relationships: a fresh relationship with a fresh organization, and its version
        samples.under("/api/v1/relationships/", "id", r -> {
            var made = asSystem(() -> relationships.create(new org.liaison.directory.OrganizationId(directory.register(organization("Matrix partner-to-be")).id()),
                    null, null, null, null, null));
            r.shared().put("idVersion", String.valueOf(made.version()));
            return made.id().toString();
        });
        // news: a fresh draft (staff see it, partners do not), a published item, a topic, an own subscription
        Function<Samples.Request, String> newsDraft = r -> asSystem(() -> {
            var made = news.create(newsDraft());
            r.shared().put("idVersion", String.valueOf(made.version()));
            return made.id().toString();
        });
        samples.under("/api/v1/news/", "id", newsDraft);
        samples.under("/newsroom/", "id", newsDraft);
        samples.under("/news/", "slug", r -> asSystem(() -> {
            var made = news.create(newsDraft());
            news.publish(made.id(), null);
            return made.slug();
        }));
        samples.under("/news/topics/", "slug", r -> "technoparks");
        samples.under("/api/v1/topics/", "id", r -> asSystem(() -> {
            var made = news.createTopic("matrix-" + UUID.randomUUID().toString().substring(0, 8),
                    new org.liaison.news.internal.TopicNames("Matrix", "Матрица", "矩阵", "マトリックス"), null);
            r.shared().put("idVersion", String.valueOf(made.version()));
            return made.id().toString();
        }));
        samples.under("/following/", "id", r -> ViewerContext.call(
                accounts.viewerOf(Objects.requireNonNull(signedIn.user(r.actor().isAnonymous() ? Actor.ADMIN : r.actor())).id()),
                () -> whatIsNew.follow(org.liaison.news.internal.Subscription.Kind.COUNTRY, "JP")).getId().toString());
        // relationships' pages: the same kind of fresh relationship
        samples.under("/relationships/", "id", r -> {
            var made = asSystem(() -> relationships.create(new org.liaison.directory.OrganizationId(directory.register(organization("Matrix page partner-to-be")).id()),
                    null, null, null, null, null));
            r.shared().put("idVersion", String.valueOf(made.version()));
            return made.id().toString();
        });
        samples.variable("stage", r -> "PROSPECT");

        // ingest: a fresh document (unique text, so never one taken in before) and its first proposed fact
        Function<Samples.Request, String> ingestDocument = r -> ingestDocument().id().toString();
        Function<Samples.Request, String> ingestFact = r -> ingestDocument().facts().getFirst().id().toString();
        samples.variable("ingestDocument", ingestDocument);
        samples.under("/api/v1/ingest/documents/", "id", ingestDocument);
        samples.under("/ingest/documents/", "id", ingestDocument);
        samples.under("/api/v1/ingest/facts/", "id", ingestFact);
        samples.under("/ingest/facts/", "id", ingestFact);
        samples.under("/api/v1/ingest/feeds/", "id", r -> asSystem(
                () -> feeds.subscribe("https://203.0.113.10/matrix-" + UUID.randomUUID() + ".atom")).id().toString());
        // agreements: a fresh draft between two fresh organizations (not the partner's), with a
        // milestone owed by the second and a text document. Finnish organizations: signing moves
        // relationships to AGREEMENT, and other tests count Japan's partners.
        Function<Samples.Request, String> agreement = r -> asSystem(() -> {
            var first = directory.register(organizationIn("Matrix hub", "FI")).id();
            var second = directory.register(organizationIn("Matrix party", "FI")).id();
            var made = agreements.create(new AgreementDraft(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, "Matrix agreement",
                    null, List.of("en"), List.of(new AgreementParty(new org.liaison.directory.OrganizationId(first), "hub", null),
                            new AgreementParty(new org.liaison.directory.OrganizationId(second), "partner", null)),
                    null, null, null, null, false));
            r.shared().put("idVersion", String.valueOf(made.version()));
            r.shared().put("agreementHub", first.toString());
            r.shared().put("agreementParty", second.toString());
            r.shared().put("milestoneId", agreements.addMilestone(made.id(),
                    new MilestoneDraft("Matrix milestone", second, LocalDate.of(2031, 1, 5), false)).id().toString());
            r.shared().put("documentId", agreements.upload(made.id(), null, "matrix.txt",
                    new java.io.ByteArrayInputStream("Matrix text".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .document().toString());
            return made.id().toString();
        });
        samples.under("/api/v1/agreements/", "id", agreement);
        samples.under("/agreements/", "id", agreement);
        samples.under("/api/v1/agreements/", "number", r -> "1");
        samples.under("/agreements/", "number", r -> "1");
        samples.under("/agreements/", "transition", r -> "sign");
        // fund: a fresh fund (the partner's organization is no sponsor), the committee actor on its
        // committee, administrators manage it; one deal at the committee stage and one commitment
        var fundFixtures = new FundFixtures(directory, funds, deals, ledger);
        Function<Samples.Request, String> fund = r -> {
            var made = fundFixtures.fund(null, Set.of(), Set.of(Objects.requireNonNull(signedIn.user(Actor.COMMITTEE)).id()),
                    DealStage.COMMITTEE);
            r.shared().put("dealId", made.deal().toString());
            r.shared().put("entryId", made.entry().toString());
            r.shared().put("fundVersion", String.valueOf(made.fundVersion()));
            r.shared().put("dealVersion", String.valueOf(made.dealVersion()));
            r.shared().put("documentId", asSystem(() -> dealDocuments.attach(made.fund(), made.deal(), "plan.txt",
                    "Matrix business plan".getBytes(StandardCharsets.UTF_8))).document().value().toString());
            return made.fund().toString();
        };
        samples.under("/api/v1/funds/", "fundId", fund);
        samples.under("/funds/", "fundId", fund);
        samples.variable("index", r -> "0");
        samples.variable("committeeUser", r -> Objects.requireNonNull(signedIn.user(Actor.COMMITTEE)).id().toString());
        samples.variable("managerUser", r -> Objects.requireNonNull(signedIn.user(Actor.MANAGER)).id().toString());
        samples.variable("rateDay", r -> LocalDate.of(2100, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 300000)).toString());
        samples.variable("lang", r -> "fr");

        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(SampleRegistrar.class));
        scanner.findCandidateComponents("org.liaison").stream()
                .map(org.springframework.beans.factory.config.BeanDefinition::getBeanClassName)
                .sorted()
                .forEach(name -> {
                    try {
                        var registrar = (SampleRegistrar) context.getAutowireCapableBeanFactory()
                                .createBean(Class.forName(name));
                        registrar.register(samples, signedIn);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /** A fresh engagement shared with a fresh organization (not the partner's), so partners see none. */
    UUID engagement(Samples.Request r) {
        return asSystem(() -> {
            var org = directory.register(organization("Matrix participant")).id();
            var made = engagements.create(new EngagementDraft(EngagementKind.VISIT, "Matrix engagement",
                    Schedule.of(LocalDateTime.of(2031, 1, 1, 10, 0), null, "Asia/Tokyo"), null, null, null, null, null,
                    null, null, List.of(new ParticipantInput(org, null, Side.PARTNER, null))));
            r.shared().put("idVersion", String.valueOf(made.version()));
            return made.id();
        });
    }

    static org.liaison.news.internal.NewsDraft newsDraft() {
        return new org.liaison.news.internal.NewsDraft("Matrix news " + UUID.randomUUID().toString().substring(0, 8), null,
                "<p>Matrix</p>", "en", null, null, Set.of(), List.of(), Set.of(), Set.of());
    }

    org.liaison.ingest.internal.IngestService.DocumentView ingestDocument() {
        var brand = "Matrix" + UUID.randomUUID().toString().substring(0, 8);
        return asSystem(() -> ingest.ingest(brand + " news\n\n" + brand + " Corporation signed a memorandum of "
                + "understanding with the " + brand + " University on Monday.", LocalDate.of(2031, 1, 15), null,
                org.liaison.ingest.internal.IngestDocument.Source.TEXT));
    }

    static OrganizationDraft organization(String name) {
        return new OrganizationDraft(OrganizationKind.CORPORATION,
                List.of(new NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)),
                List.of(), "JP", null, null, null, Set.of());
    }

    static OrganizationDraft organizationIn(String name, String country) {
        return new OrganizationDraft(OrganizationKind.CORPORATION,
                List.of(new NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)),
                List.of(), country, null, null, null, Set.of());
    }

    static <T> T asSystem(java.util.function.Supplier<T> work) {
        return ViewerContext.call(Viewer.system("authorization-matrix"), work);
    }

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() throws Exception {
        var table = Row.read();
        var endpoints = endpoints();
        var missing = new ArrayList<String>();
        for (var endpoint : endpoints) {
            if (!table.containsKey(endpoint)) {
                missing.add(suggestedRow(endpoint));
            }
        }
        var stale = new TreeSet<>(table.keySet());
        stale.removeAll(endpoints);
        assertThat(missing)
                .as("Endpoints without a row in %s. Rows with today's statuses, to REVIEW before adding:%n%s",
                        TABLE, String.join("\n", missing))
                .isEmpty();
        assertThat(stale).as("Rows in %s for endpoints that do not exist", TABLE).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachActorAsTheTableSays() throws IOException {
        return Row.read().values().stream().map(row -> DynamicTest.dynamicTest(row.endpoint().toString(), () -> {
            var wrong = new LinkedHashMap<Actor, String>();
            for (Actor actor : Actor.values()) {
                int status = perform(row.endpoint(), row.body(), row.headers(), actor);
                if (status != row.expected().get(actor)) {
                    wrong.put(actor, "expected " + row.expected().get(actor) + " but was " + status);
                }
            }
            assertThat(wrong).as("%s", row.endpoint()).isEmpty();
        }));
    }

    /** Every (method, path template) that Spring MVC serves; a mapping without methods is listed as {@code *}. */
    TreeSet<Endpoint> endpoints() {
        var all = new TreeSet<Endpoint>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (var info : mapping.getHandlerMethods().keySet()) {
                var methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        all.add(new Endpoint("*", pattern));
                    }
                    methods.forEach(m -> all.add(new Endpoint(m.name(), pattern)));
                }
            }
        }
        return all;
    }

    int perform(Endpoint endpoint, String body, String headers, Actor actor) throws Exception {
        return mvc.perform(prepare(endpoint, body, headers, actor, true)).andReturn().getResponse().getStatus();
    }

    /**
     * The request the table describes, with its path variables and body filled with fresh sample
     * records and signed in as the actor; {@code withCsrf} adds a valid CSRF token to writes. The
     * input sweeps (XSS, parameters, GET without side effects, CSRF) build their requests here.
     */
    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder prepare(Endpoint endpoint, String body,
            String headers, Actor actor, boolean withCsrf) throws Exception {
        String method = endpoint.method().equals("*") ? "GET" : endpoint.method();
        var shared = new HashMap<String, String>();
        String path = samples.fill(endpoint, endpoint.path(), actor, shared);
        body = samples.fill(endpoint, body, actor, shared);
        boolean api = path.startsWith("/api/");
        boolean query = !body.isEmpty() && ("GET".equals(method) || "DELETE".equals(method));
        var request = request(HttpMethod.valueOf(method), query ? path + "?" + body : path);
        for (String header : headers.split(";")) {
            if (header.contains(":")) {
                request.header(header.substring(0, header.indexOf(':')).strip(), header.substring(header.indexOf(':') + 1).strip());
            }
        }
        if (!body.isEmpty() && !query) {
            request.contentType(body.startsWith("{") || body.startsWith("[") ? MediaType.APPLICATION_JSON
                    : MediaType.APPLICATION_FORM_URLENCODED).content(body.getBytes(StandardCharsets.UTF_8));
        }
        boolean acceptGiven = java.util.Arrays.stream(headers.split(";"))
                .anyMatch(h -> h.strip().toLowerCase(java.util.Locale.ROOT).startsWith("accept:"));
        if (acceptGiven) {
            // the row's own Accept (CSV, event streams) stands
        } else if (api) {
            request.accept(MediaType.APPLICATION_JSON);
        } else {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"); // as a browser does
        }
        if (withCsrf && !"GET".equals(method) && !"HEAD".equals(method)) {
            request.with(csrf()); // the matrix checks authorization; CSRF has its own tests
        }
        return signedIn.as(actor, request, api);
    }

    String suggestedRow(Endpoint endpoint) {
        var statuses = new ArrayList<String>();
        for (Actor actor : Actor.values()) {
            try {
                statuses.add(String.valueOf(perform(endpoint, "", "", actor)));
            } catch (Exception | AssertionError e) {
                statuses.add("?");
            }
        }
        return "| " + endpoint.method() + " | " + endpoint.path() + " | " + String.join(" | ", statuses) + " |  |  |";
    }

    record Endpoint(String method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One line of the table: | method | path | anonymous | partner | manager | committee | admin | body | headers |. */
    record Row(Endpoint endpoint, Map<Actor, Integer> expected, String body, String headers) {

        static Map<Endpoint, Row> read() throws IOException {
            var tables = new org.springframework.core.io.support.PathMatchingResourcePatternResolver().getResources(TABLE);
            assertThat(tables).as("The matrix %s", TABLE).isNotEmpty();
            var rows = new LinkedHashMap<Endpoint, Row>();
            for (var table : tables) {
              try (InputStream in = table.getInputStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String trimmed = line.strip();
                    if (!trimmed.startsWith("|") || trimmed.startsWith("| method") || trimmed.startsWith("|--")
                            || trimmed.startsWith("| ---")) {
                        continue;
                    }
                    String[] cells = trimmed.substring(1, trimmed.endsWith("|") ? trimmed.length() - 1 : trimmed.length())
                            .split("\\|", -1);
                    assertThat(cells.length).as("Columns of the row %s in %s", line, table.getFilename()).isGreaterThanOrEqualTo(7);
                    var endpoint = new Endpoint(cells[0].strip(), cells[1].strip());
                    var expected = new EnumMap<Actor, Integer>(Actor.class);
                    for (Actor actor : Actor.values()) {
                        expected.put(actor, Integer.parseInt(cells[2 + actor.ordinal()].strip()));
                    }
                    String body = cells.length > 7 ? cells[7].strip() : "";
                    String headers = cells.length > 8 ? cells[8].strip() : "";
                    assertThat(rows.put(endpoint, new Row(endpoint, expected, body, headers)))
                            .as("Duplicate row %s (%s)", endpoint, table.getFilename()).isNull();
                }
              }
            }
            return rows;
        }
    }

    /** Suppliers of real ids for path variables, by variable name or by template and name. */
    public static final class Samples {

        private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::[^}]*)?}|(\\*\\*)");

        /**
         * What a supplier is asked for. {@code shared} lives for one request: a supplier may leave
         * values there (e.g. the two ends of a relation it made) for the body's placeholders.
         */
        public record Request(Endpoint endpoint, String variable, Actor actor, Map<String, String> shared) {}

        private final Map<String, Function<Request, String>> byVariable = new HashMap<>();
        private final Map<String, Function<Request, String>> byTemplate = new HashMap<>();

        public void variable(String name, Function<Request, String> supplier) {
            byVariable.put(name, supplier);
        }

        /** For the variable in every path template that starts with this prefix (the longest prefix wins). */
        public void under(String prefix, String name, Function<Request, String> supplier) {
            byTemplate.put(prefix + " {" + name + "}", supplier);
        }

        /** Fills the variables of a path template, or of a body, with real ids. */
        String fill(Endpoint endpoint, String text, Actor actor, Map<String, String> shared) {
            Matcher m = VARIABLE.matcher(text);
            var out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                if (shared.containsKey(name)) {
                    m.appendReplacement(out, Matcher.quoteReplacement(shared.get(name)));
                    continue;
                }
                var supplier = byTemplate.entrySet().stream()
                        .filter(e -> e.getKey().endsWith(" {" + name + "}")
                                && endpoint.path().startsWith(e.getKey().substring(0, e.getKey().lastIndexOf(' '))))
                        .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                        .map(Map.Entry::getValue)
                        .orElse(byVariable.get(name));
                assertThat(supplier)
                        .as("No sample id for {%s} in %s: register one in AuthorizationMatrixIntegrationTests.registerSamples()",
                                name, endpoint.path())
                        .isNotNull();
                m.appendReplacement(out, Matcher.quoteReplacement(supplier.apply(new Request(endpoint, name, actor, shared))));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
