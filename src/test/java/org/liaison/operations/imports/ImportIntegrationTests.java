package org.liaison.operations.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.directory.DirectoryImports;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports through the API with the real directory: the dry run's counts equal the real run's and
 * the records written; the same file imported again inserts nothing; bad rows are reported with
 * their reasons while the good rows are imported; existing records only get their empty fields
 * filled; the ledger holds one row per file row in committed batches. Small batches (3 rows), so
 * the file spans several.
 */
@SpringBootTest(properties = "liaison.imports.batch-size=3")
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DirectoryService directory;
    @Autowired
    DirectoryImports directoryImports;
    @Autowired
    DirectoryQueries queries;
    @Autowired
    ImportLedger ledger;
    @Autowired
    ObjectMapper json;

    SignedIn signedIn;

    @BeforeAll
    void signIn() {
        signedIn = new SignedIn(mvc, accounts, tokens, "imports", UUID.randomUUID());
    }

    static <T> T asSystem(java.util.function.Supplier<T> work) {
        return ViewerContext.call(Viewer.system("import-test"), work);
    }

    JsonNode call(Actor actor, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            int expected) throws Exception {
        var body = mvc.perform(signedIn.as(actor, request, true)).andExpect(status().is(expected)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.isBlank() ? json.nullNode() : json.readTree(body);
    }

    JsonNode send(Actor actor, org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request,
            int expected) throws Exception {
        var body = mvc.perform(request.header("Authorization", "Bearer " + signedIn.token(actor)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.isBlank() ? json.nullNode() : json.readTree(body);
    }

    UUID upload(String name, String csv) throws Exception {
        var file = new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        var answer = send(Actor.MANAGER, multipart("/api/v1/imports").file(file), 201);
        return UUID.fromString(answer.get("job").get("id").asString());
    }

    JsonNode awaitFinished(UUID id) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> call(Actor.MANAGER, get("/api/v1/imports/" + id), 200),
                j -> j.get("status").asString().equals("done") || j.get("status").asString().equals("failed"));
    }

    int organizations() {
        return asSystem(() -> directoryImports.organizations().size());
    }

    int people() {
        return asSystem(() -> directoryImports.people().size());
    }

    List<String> alphaPersonAffiliations(String s) {
        return asSystem(() -> {
            var found = directory.people("Alpha Person " + s, org.liaison.directory.internal.PersonOrder.NAME, 0, 10)
                    .getContent();
            assertThat(found).hasSize(1);
            return directory.person(found.getFirst().id()).affiliations().stream()
                    .map(a -> a.organizationName() + "|" + a.role()).toList();
        });
    }

    @Test
    void dryRunCountsEqualTheRealRunAndTheSameFileTwiceInsertsNothing() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        var existing = asSystem(() -> directory.register(new OrganizationDraft(OrganizationKind.OTHER,
                List.of(new NameInput("Existing Works " + s, "en", true)), List.of(), "JP", null, null,
                "Kept description", Set.of())));
        String csv = "Organization;Country;Website;Kind;City;Description;Person;Role;Stage;Notes\n"
                + "Alpha Labs " + s + ";Japan;alpha-" + s + ".example;corporation;Osaka;;Alpha Person " + s + ";CTO;prospect;x\n"
                + "Beta Institute " + s + ";CN;;university;;;;;;\n"
                + "EXISTING WORKS " + s + " Ltd.;JP;;research centre;Kyoto;Other description;;;;\n"
                + "Gamma " + s + ";Atlantis;;;;;;;;\n"
                + ";JP;;;;;Nobody " + s + ";;;\n"
                + "Alpha Labs " + s + ";JP;;;;Robots;Second Person " + s + ";Engineer;;\n"
                + "Delta " + s + ";RU;not a website;;;;;;;\n"
                + "Epsilon " + s + ";RU;;spaceship;;;;;;\n"
                + "Zeta " + s + ";Россия;;;;;Alpha Person " + s + ";Adviser;;\n";
        int orgsBefore = organizations();
        int peopleBefore = people();

        UUID first = upload("partners.csv", csv);
        var job = call(Actor.MANAGER, get("/api/v1/imports/" + first), 200);
        assertThat(job.get("totalRows").asInt()).isEqualTo(9);
        assertThat(job.get("mapping").toString()).contains("organization", "country", "website", "person", "stage");
        var dry = call(Actor.MANAGER, post("/api/v1/imports/" + first + "/dry-run"), 200);
        var counts = dry.get("counts");
        assertThat(counts.get("created").asInt()).isEqualTo(3); // Alpha, Beta, Zeta
        assertThat(counts.get("updated").asInt()).isEqualTo(1); // Existing Works: kind and city filled
        assertThat(counts.get("duplicates").asInt()).isEqualTo(1); // Alpha again
        assertThat(counts.get("bad").asInt()).isEqualTo(4);
        assertThat(counts.get("people").asInt()).isEqualTo(2);
        assertThat(organizations()).isEqualTo(orgsBefore); // a dry run writes nothing

        call(Actor.MANAGER, post("/api/v1/imports/" + first + "/start"), 202);
        var done = awaitFinished(first);
        assertThat(done.get("status").asString()).isEqualTo("done");
        assertThat(done.get("counts")).isEqualTo(counts);
        assertThat(done.get("rowsDone").asInt()).isEqualTo(9);
        assertThat(done.get("batches").asInt()).isEqualTo(3);
        assertThat(organizations()).isEqualTo(orgsBefore + 3);
        assertThat(people()).isEqualTo(peopleBefore + 2);
        // a person the run created, named by two rows of two organizations: one affiliation each
        assertThat(alphaPersonAffiliations(s)).containsExactlyInAnyOrder("Alpha Labs " + s + "|CTO", "Zeta " + s + "|Adviser");

        // the existing record: empty fields filled, the set description kept (and reported)
        var updated = asSystem(() -> directory.organization(existing.id()));
        assertThat(updated.kind()).isEqualTo(OrganizationKind.RESEARCH_CENTRE);
        assertThat(updated.city()).isEqualTo("Kyoto");
        assertThat(updated.description()).isEqualTo("Kept description");
        var alpha = asSystem(() -> queries.organizationNamed("Alpha Labs " + s)).orElseThrow();
        var alphaView = asSystem(() -> directory.organization(alpha.value()));
        assertThat(alphaView.website()).isEqualTo("https://alpha-" + s + ".example");
        assertThat(alphaView.description()).isEqualTo("Robots"); // filled by the duplicate row

        // ledger: one row per file row, all in committed batches
        var totals = ledger.totals(first);
        assertThat(totals.rows()).isEqualTo(9);
        assertThat(totals.created()).isEqualTo(3);
        assertThat(totals.rowsInBatches()).isEqualTo(9);
        assertThat(totals.rowsBeyondLastBatch()).isZero();

        // the report names each bad row with its reason, and the conflict kept
        String report = mvc.perform(signedIn.as(Actor.MANAGER, get("/api/v1/imports/" + first + "/report.csv"), true))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("Unknown country: Atlantis", "No organization name", "Not a website address: not a website",
                "Unknown kind of organization: spaceship", "same organization as row 2",
                "description kept as \"\"Kept description\"\"");

        // the same file again: nothing new, every good row matches what the first import wrote
        UUID second = upload("partners.csv", csv);
        var again = call(Actor.MANAGER, post("/api/v1/imports/" + second + "/dry-run"), 200).get("counts");
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("people").asInt()).isZero();
        assertThat(again.get("bad").asInt()).isEqualTo(4);
        call(Actor.MANAGER, post("/api/v1/imports/" + second + "/start"), 202);
        var secondDone = awaitFinished(second);
        assertThat(secondDone.get("counts")).isEqualTo(again);
        assertThat(organizations()).isEqualTo(orgsBefore + 3);
        assertThat(people()).isEqualTo(peopleBefore + 2);
        // the people exist now: the second run looked for their affiliations and added none
        assertThat(alphaPersonAffiliations(s)).containsExactlyInAnyOrder("Alpha Labs " + s + "|CTO", "Zeta " + s + "|Adviser");
    }

    @Test
    void mappingIsChosenByTheUserAndChecked() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        UUID id = upload("plain.csv", "A,B\nOmega " + s + ",JP\n");
        var job = call(Actor.MANAGER, get("/api/v1/imports/" + id), 200);
        assertThat(job.get("mapping").toString()).isEqualTo("[\"ignore\",\"ignore\"]");
        var refused = call(Actor.MANAGER, post("/api/v1/imports/" + id + "/start"), 422);
        assertThat(refused.get("code").asString()).isEqualTo("import-mapping-organization");
        call(Actor.MANAGER, put("/api/v1/imports/" + id + "/mapping").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fields\":[\"organization\",\"organization\"]}"), 422);
        call(Actor.MANAGER, put("/api/v1/imports/" + id + "/mapping").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fields\":[\"organization\",\"country\"]}"), 200);
        var dry = call(Actor.MANAGER, post("/api/v1/imports/" + id + "/dry-run"), 200);
        assertThat(dry.get("counts").get("created").asInt()).isEqualTo(1);
        assertThat(dry.get("rows").get(0).get("key").asString()).isEqualTo("omega " + s + "|JP|");
    }

    @Test
    void onlyAdministratorsAndManagersImport() throws Exception {
        call(Actor.PARTNER, get("/api/v1/imports"), 403);
        call(Actor.COMMITTEE, get("/api/v1/imports"), 403);
        call(Actor.ADMIN, get("/api/v1/imports"), 200);
        var file = new MockMultipartFile("file", "x.csv", "text/csv", "Organization\nX\n".getBytes(StandardCharsets.UTF_8));
        send(Actor.PARTNER, multipart("/api/v1/imports").file(file), 403);
        call(Actor.MANAGER, get("/api/v1/imports/" + UUID.randomUUID()), 404);
        var broken = new MockMultipartFile("file", "x.xlsx", "application/octet-stream", new byte[] {'P', 'K', 3, 4, 9});
        var refused = send(Actor.MANAGER, multipart("/api/v1/imports").file(broken), 422);
        assertThat(refused.get("code").asString()).isEqualTo("import-unreadable");
    }
}
