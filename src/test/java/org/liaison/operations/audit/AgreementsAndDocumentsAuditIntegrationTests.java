package org.liaison.operations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
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
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementParty;
import org.liaison.agreements.internal.AgreementService;
import org.liaison.agreements.internal.Transition;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.PersonId;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.directory.internal.PersonDraft;
import org.liaison.operations.internal.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Agreements and documents are on record: creating an agreement, moving it and storing its text
 * leave audit entries with who and the fields before and after; the agreement page shows that
 * history to the hub's staff and not to the partner; a signatory's personal data export lists the
 * agreements they signed, and erasing them removes them as signatory.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementsAndDocumentsAuditIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DirectoryService directory;
    @Autowired
    AgreementService agreements;
    @Autowired
    AuditTrail audit;
    @Autowired
    PersonalData personalData;

    SignedIn signedIn;
    UUID partnerOrganization;
    UUID hub;
    UUID signatory;

    static <T> T asSystem(java.util.function.Supplier<T> work) {
        return ViewerContext.call(Viewer.system("audit-test"), work);
    }

    static OrganizationDraft draft(String name) {
        return new OrganizationDraft(OrganizationKind.TECHNOPARK, List.of(new NameInput(name + " " + UUID.randomUUID(), "en", true)),
                List.of(), "CN", null, null, null, Set.of());
    }

    @BeforeAll
    void setUp() {
        hub = asSystem(() -> directory.register(draft("Audit hub"))).id();
        partnerOrganization = asSystem(() -> directory.register(draft("Audit partner park"))).id();
        signatory = asSystem(() -> directory.registerPerson(new PersonDraft(List.of(new NameInput("Signatory Person", "en", true)), null))).id();
        signedIn = new SignedIn(mvc, accounts, tokens, "agraudit", partnerOrganization);
    }

    UUID draftedAndNegotiated() {
        var manager = accounts.viewerOf(signedIn.user(Actor.MANAGER).id());
        var made = ViewerContext.call(manager, () -> agreements.create(new AgreementDraft(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, "Audited memorandum",
                null, List.of("en", "zh"), List.of(new AgreementParty(new OrganizationId(hub), "hub", null),
                        new AgreementParty(new OrganizationId(partnerOrganization), "partner", new PersonId(signatory))),
                null, null, null, null, false)));
        ViewerContext.call(manager, () -> agreements.transition(made.id(), Transition.NEGOTIATE, made.version(), null));
        return made.id();
    }

    @Test
    void anAgreementsChangesAreRecordedWithWhoAndTheFieldsBeforeAndAfter() {
        var id = draftedAndNegotiated();
        var history = audit.history("agreement", id.toString());
        assertThat(history).hasSizeGreaterThanOrEqualTo(2);
        assertThat(history.getLast().action()).isEqualTo("CREATED");
        assertThat(history.getLast().user()).isEqualTo("agraudit-manager");
        assertThat(history.getFirst().action()).isEqualTo("CHANGED");
        assertThat(history.getFirst().changes()).contains(new AuditTrail.Change("status", "DRAFT", "NEGOTIATING"));
        assertThat(audit.types()).contains("agreement", "agreement_milestone", "document");
    }

    @Test
    void storingAnAgreementsTextIsRecorded() {
        var id = draftedAndNegotiated();
        var manager = accounts.viewerOf(signedIn.user(Actor.MANAGER).id());
        var stored = ViewerContext.call(manager, () -> agreements.upload(id, null, "memorandum.txt",
                new java.io.ByteArrayInputStream("Memorandum of understanding 谅解备忘录".getBytes(StandardCharsets.UTF_8))));
        var history = audit.history("document", stored.document().value().toString());
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CREATED");
            assertThat(entry.user()).isEqualTo("agraudit-manager");
            assertThat(entry.changes()).contains(new AuditTrail.Change("owner", null, stored.owner()));
            // its versions are a part of the document's record, as names are of an organization's
            assertThat(entry.changes()).anySatisfy(c -> assertThat(c.after()).contains("memorandum.txt"));
        });
    }

    @Test
    void theAgreementPageShowsItsHistoryToStaffOnly() throws Exception {
        var id = draftedAndNegotiated();
        var staff = mvc.perform(get("/agreements/" + id).session(signedIn.session(Actor.MANAGER))).andReturn().getResponse();
        assertThat(staff.getStatus()).isEqualTo(200);
        assertThat(staff.getContentAsString()).contains("agreement-panel-0", "History", "NEGOTIATING", "agraudit-manager");
        var partner = mvc.perform(get("/agreements/" + id).session(signedIn.session(Actor.PARTNER))).andReturn().getResponse();
        assertThat(partner.getStatus()).isEqualTo(200);
        assertThat(partner.getContentAsString()).contains("Audited memorandum").doesNotContain("agreement-panel-");
    }

    @Test
    void aSignatorysPersonalDataCoversTheAgreementsTheySignedAndErasureRemovesThem() {
        var id = draftedAndNegotiated();
        var export = personalData.export(signatory);
        assertThat(export.get("modules").toString()).contains("agreements", id.toString(), "partner");
        personalData.erase(signatory);
        var parties = asSystem(() -> agreements.agreement(id)).parties();
        assertThat(parties).hasSize(2).allSatisfy(p -> assertThat(p.signatoryId()).isNull());
        assertThat(audit.history("agreement", id.toString()).getFirst().action()).isEqualTo("CHANGED");
    }
}
