package org.liaison.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Uploaded files: the type is told by the content, not the name, and the text comes out. */
class FileTextTests {

    static final String SENTENCE = "Nordvik Science Park signed a memorandum of understanding with the Baltic Robotics Institute.";

    @Test
    void readsAPdf() throws IOException {
        byte[] pdf;
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(40, 700);
                content.showText(SENTENCE);
                content.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }

        var extracted = FileText.text(pdf);

        assertThat(extracted.type()).isEqualTo(FileText.Type.PDF);
        assertThat(extracted.text()).contains(SENTENCE);
    }

    @Test
    void readsADocx() throws IOException {
        byte[] docx;
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Nordvik and Baltic sign memorandum");
            doc.createParagraph().createRun().setText(SENTENCE);
            doc.write(out);
            docx = out.toByteArray();
        }

        var extracted = FileText.text(docx);

        assertThat(extracted.type()).isEqualTo(FileText.Type.DOCX);
        assertThat(extracted.text()).startsWith("Nordvik and Baltic sign memorandum").contains(SENTENCE);
    }

    @Test
    void tellsHtmlFromTextByTheContent() throws IOException {
        var html = ("<!DOCTYPE html><html><body><article><h1>Title</h1><p>" + SENTENCE + "</p></article>"
                + "<footer>Scroll to Top</footer></body></html>").getBytes(StandardCharsets.UTF_8);
        var text = ("Title\n\n" + SENTENCE).getBytes(StandardCharsets.UTF_8);

        assertThat(FileText.text(html)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(FileText.Type.HTML);
            assertThat(e.text()).contains(SENTENCE).doesNotContain("Scroll to Top");
        });
        assertThat(FileText.text(text).type()).isEqualTo(FileText.Type.TEXT);
    }
}
