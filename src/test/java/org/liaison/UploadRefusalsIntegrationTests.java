package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.liaison.access.UserAccounts;
import org.liaison.access.internal.ApiTokenService;
import org.liaison.documents.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a user sees when an upload is refused by its content (checklist item 11), and that good
 * files still go in: the ingest upload (API and page) and the import upload (API and page). The
 * API answers a 422 problem detail with the rule's code and the text in the caller's language;
 * the pages show that text in the user's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadRefusalsIntegrationTests {

    static final byte[] HTML = "<!DOCTYPE html><html><body><p>Skolkovo</p><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] SVG = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
            + "<script>alert(2)</script></svg>").getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    MessageSource messages;

    SignedIn signedIn;

    @BeforeAll
    void signIn() {
        signedIn = new SignedIn(mvc, accounts, tokens, "uploads", UUID.randomUUID());
    }

    /** An API upload as the cooperation manager, with their token. */
    org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder api(
            org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request) {
        request.header("Authorization", "Bearer " + signedIn.token(Actor.MANAGER));
        return request;
    }

    /** A one-page PDF whose text PDFBox extracts (the sample PDF keeps its text in a comment). */
    static byte[] pdfWithText(String text) throws java.io.IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 700);
                stream.showText(text);
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    @Test
    void theIngestApiTakesTextAndPdfAndRefusesProgramsAndLyingNamesInTheCallersLanguage() throws Exception {
        var pdf = new MockMultipartFile("file", "report.pdf", "application/pdf", pdfWithText("Skolkovo " + UUID.randomUUID()));
        int pdfStatus = mvc.perform(api(multipart("/api/v1/ingest/documents/upload").file(pdf)
                .accept(MediaType.APPLICATION_JSON))).andReturn().getResponse().getStatus();
        assertThat(pdfStatus).isIn(200, 201);
        var note = new MockMultipartFile("file", "notes.txt", "text/plain",
                ("Skolkovo and Zhongguancun met on " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        mvc.perform(api(multipart("/api/v1/ingest/documents/upload").file(note)
                .accept(MediaType.APPLICATION_JSON))).andExpect(status().isCreated());

        var elf = new MockMultipartFile("file", "notes.txt", "text/plain", SampleFiles.elfExecutable());
        mvc.perform(api(multipart("/api/v1/ingest/documents/upload").file(elf)
                .accept(MediaType.APPLICATION_JSON).header("Accept-Language", "ru")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("upload-executable"))
                .andExpect(jsonPath("$.detail").value(text("error.upload-executable", Locale.forLanguageTag("ru"))))
                .andExpect(jsonPath("$.detectedType").exists());
        var htmlAsPdf = new MockMultipartFile("file", "report.pdf", "application/pdf", HTML);
        mvc.perform(api(multipart("/api/v1/ingest/documents/upload").file(htmlAsPdf)
                .accept(MediaType.APPLICATION_JSON).header("Accept-Language", "zh")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("upload-name-mismatch"))
                .andExpect(jsonPath("$.detail").value(text("error.upload-name-mismatch", Locale.forLanguageTag("zh"))))
                .andExpect(jsonPath("$.nameType").value("application/pdf"))
                .andExpect(jsonPath("$.detectedType").value("text/html"));
    }

    @Test
    void theIngestPageShowsTheRefusalInTheUsersLanguage() throws Exception {
        var exe = new MockMultipartFile("file", "report.pdf", "application/pdf", SampleFiles.windowsExecutable());
        var response = mvc.perform(multipart("/ingest/upload").file(exe).with(csrf())
                .session(signedIn.session(Actor.MANAGER)).header("Accept-Language", "ja")
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).text())
                .contains(text("error.upload-executable", Locale.JAPANESE));
    }

    @Test
    void theImportApiRefusesHtmlSvgAndZipBombsAndTakesCsv() throws Exception {
        var html = new MockMultipartFile("file", "organizations.html", "text/html", HTML);
        mvc.perform(api(multipart("/api/v1/imports").file(html)
                .accept(MediaType.APPLICATION_JSON)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("upload-type-not-accepted"))
                .andExpect(jsonPath("$.detectedType").value("text/html"));
        var svg = new MockMultipartFile("file", "organizations.csv", "text/csv", SVG);
        mvc.perform(api(multipart("/api/v1/imports").file(svg)
                .accept(MediaType.APPLICATION_JSON)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("upload-type-not-accepted"))
                .andExpect(jsonPath("$.detectedType").value("image/svg+xml"));
        var bomb = new MockMultipartFile("file", "organizations.xlsx", "application/octet-stream", SampleFiles.xlsxBomb(50));
        mvc.perform(api(multipart("/api/v1/imports").file(bomb)
                .accept(MediaType.APPLICATION_JSON)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("upload-archive-too-large"));
        var csv = new MockMultipartFile("file", "organizations.csv", "text/csv",
                ("Organization,Country\nUpload Sample " + UUID.randomUUID() + ",FI\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(api(multipart("/api/v1/imports").file(csv)
                .accept(MediaType.APPLICATION_JSON)))
                .andExpect(status().isCreated());
    }

    @Test
    void theImportPageShowsTheRefusalInTheUsersLanguage() throws Exception {
        var svg = new MockMultipartFile("file", "logo.png", "image/png", SVG);
        var response = mvc.perform(multipart("/imports").file(svg).with(csrf())
                .session(signedIn.session(Actor.MANAGER)).header("Accept-Language", "zh")
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        var page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#import-error").text()).isEqualTo(text("error.upload-type-not-accepted", Locale.CHINESE));
    }
}
