package org.liaison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.documents.SampleFiles;

/** The content rule every upload shares (checklist item 11), without Spring. */
class UploadContentTests {

    static final List<String> TEXTS = List.of(UploadContent.TEXT, UploadContent.CSV, UploadContent.TSV);
    static final List<String> IMPORTS = List.of(UploadContent.TEXT, UploadContent.CSV, UploadContent.TSV,
            UploadContent.XLSX);
    static final List<String> ARTICLES = List.of(UploadContent.TEXT, UploadContent.HTML, UploadContent.PDF,
            UploadContent.DOCX);

    static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] SVG = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
            + "<script>alert(2)</script></svg>").getBytes(StandardCharsets.UTF_8);
    static final byte[] CSV = "Organization;Country\nSkolkovo Foundation;RU\nZhongguancun;CN\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void theTypeIsToldByTheContentNotTheName() {
        assertThat(UploadContent.detect(SampleFiles.pdf("MoU"))).isEqualTo(UploadContent.PDF);
        assertThat(UploadContent.detect(SampleFiles.docx("MoU"))).isEqualTo(UploadContent.DOCX);
        assertThat(UploadContent.detect(SampleFiles.odt("MoU"))).isEqualTo(UploadContent.ODT);
        assertThat(UploadContent.detect(HTML)).isEqualTo(UploadContent.HTML);
        assertThat(UploadContent.detect(SVG)).isEqualTo("image/svg+xml");
        assertThat(UploadContent.detect(CSV)).isEqualTo(UploadContent.TEXT);
        assertThat(UploadContent.detect(new byte[0])).isEqualTo(UploadContent.EMPTY);
        assertThat(UploadContent.detect(SampleFiles.plainZip())).isEqualTo("application/zip");
    }

    @Test
    void executablesAreRefusedWhateverTheyAreCalledAndWhateverIsAccepted() {
        for (String name : List.of("report.pdf", "notes.txt", "data.csv", "program.exe", "noname")) {
            assertThatThrownBy(() -> UploadContent.require(SampleFiles.windowsExecutable(), name, ARTICLES))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.code()).isEqualTo("upload-executable"));
            assertThatThrownBy(() -> UploadContent.require(SampleFiles.elfExecutable(), name, IMPORTS))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.code()).isEqualTo("upload-executable"));
        }
        // even where the accepted types would let a binary of its kind in
        assertThatThrownBy(() -> UploadContent.require(SampleFiles.elfExecutable(), "a.bin",
                List.of("application/x-executable", "application/octet-stream")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("upload-executable"));
    }

    @Test
    void contentOfATypeNotAcceptedIsRefused() {
        assertThatThrownBy(() -> UploadContent.require(HTML, "a.pdf.html", IMPORTS))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("upload-type-not-accepted");
                    assertThat(e.details()).containsEntry("detectedType", UploadContent.HTML);
                });
        assertThatThrownBy(() -> UploadContent.require(SVG, "logo.svg", IMPORTS))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("upload-type-not-accepted"));
        assertThatThrownBy(() -> UploadContent.require(SampleFiles.pdf("x"), "rates.pdf", TEXTS))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("upload-type-not-accepted"));
    }

    @Test
    void aNameThatNamesAnotherTypeThanTheContentIsRefused() {
        // HTML called a PDF where HTML is accepted (ingest): the name lies
        assertThatThrownBy(() -> UploadContent.require(HTML, "report.pdf", ARTICLES))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("upload-name-mismatch");
                    assertThat(e.details()).containsEntry("nameType", UploadContent.PDF);
                });
        // a PDF called a.pdf.html: the last extension counts
        assertThatThrownBy(() -> UploadContent.require(SampleFiles.pdf("x"), "a.pdf.html", ARTICLES))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("upload-name-mismatch"));
        // plain text called a PDF or a Word file
        assertThatThrownBy(() -> UploadContent.require(CSV, "notes.docx", ARTICLES))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("upload-name-mismatch"));
        // HTML called text
        assertThatThrownBy(() -> UploadContent.require(HTML, "notes.txt", ARTICLES))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("upload-name-mismatch"));
    }

    @Test
    void filesWhoseNameAndContentAgreeAreAccepted() {
        assertThat(UploadContent.require(CSV, "organizations.csv", IMPORTS)).isEqualTo(UploadContent.TEXT);
        assertThat(UploadContent.require(CSV, "organizations.tsv", IMPORTS)).isEqualTo(UploadContent.TEXT);
        assertThat(UploadContent.require(CSV, "organizations.txt", IMPORTS)).isEqualTo(UploadContent.TEXT);
        assertThat(UploadContent.require(CSV, "без имени", IMPORTS)).isEqualTo(UploadContent.TEXT);
        assertThat(UploadContent.require(CSV, null, IMPORTS)).isEqualTo(UploadContent.TEXT);
        assertThat(UploadContent.require(HTML, "article.html", ARTICLES)).isEqualTo(UploadContent.HTML);
        assertThat(UploadContent.require(HTML, "article.htm", ARTICLES)).isEqualTo(UploadContent.HTML);
        assertThat(UploadContent.require(SampleFiles.pdf("x"), "../../report.PDF", ARTICLES)).isEqualTo(UploadContent.PDF);
        assertThat(UploadContent.require(SampleFiles.docx("x"), "C:\\Users\\a\\brief.docx", ARTICLES))
                .isEqualTo(UploadContent.DOCX);
    }

    @Test
    void aZipBombIsRefusedBeforeAnythingInflatesIt() {
        byte[] bomb = SampleFiles.xlsxBomb(50);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(UploadContent.detect(bomb)).isEqualTo(UploadContent.XLSX);
        assertThatThrownBy(() -> UploadContent.require(bomb, "organizations.xlsx", IMPORTS))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("upload-archive-too-large"));
    }

    @Test
    void aFileOnDiskIsCheckedTheSameWay(@TempDir Path dir) throws Exception {
        Path bomb = Files.write(dir.resolve("upload-1"), SampleFiles.xlsxBomb(50));
        assertThatThrownBy(() -> UploadContent.require(bomb, "organizations.xlsx", IMPORTS))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("upload-archive-too-large"));
        Path exe = Files.write(dir.resolve("upload-2"), SampleFiles.windowsExecutable());
        assertThatThrownBy(() -> UploadContent.require(exe, "report.pdf", List.of(UploadContent.PDF)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("upload-executable"));
        Path docx = Files.write(dir.resolve("upload-3"), SampleFiles.docx("MoU"));
        assertThat(UploadContent.require(docx, "mou.docx", ARTICLES)).isEqualTo(UploadContent.DOCX);
        assertThatThrownBy(() -> UploadContent.require(docx, "mou.pdf", ARTICLES))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("upload-name-mismatch"));
    }

    @Test
    void onlyTheLastSegmentOfANameIsKept() {
        assertThat(UploadContent.lastSegment("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadContent.lastSegment("..\\..\\boot.ini")).isEqualTo("boot.ini");
        assertThat(UploadContent.lastSegment("report.pdf")).isEqualTo("report.pdf");
    }
}
