package org.liaison.ingest.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of an uploaded file, its type told by its content rather than its name: PDF
 * ({@code %PDF}), DOCX (a ZIP with {@code word/document.xml}), HTML (a tag at the start), else
 * UTF-8 text.
 */
public final class FileText {

    public enum Type {
        PDF, DOCX, HTML, TEXT
    }

    public record Extracted(Type type, String text) {
    }

    private FileText() {
    }

    public static Type detect(byte[] content) {
        if (startsWith(content, "%PDF")) {
            return Type.PDF;
        }
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            String names = new String(content, StandardCharsets.ISO_8859_1);
            if (names.contains("word/document.xml")) {
                return Type.DOCX;
            }
        }
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\ufeff")) {
            head = head.substring(1);
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.startsWith("<head") || head.startsWith("<body")) {
            return Type.HTML;
        }
        return Type.TEXT;
    }

    /** @throws IOException when the file claims a type and cannot be read as it */
    public static Extracted text(byte[] content) throws IOException {
        var type = detect(content);
        return switch (type) {
            case PDF -> {
                try (var pdf = Loader.loadPDF(content)) {
                    yield new Extracted(type, new PDFTextStripper().getText(pdf));
                }
            }
            case DOCX -> {
                try (var doc = new XWPFDocument(new ByteArrayInputStream(content));
                        var extractor = new XWPFWordExtractor(doc)) {
                    yield new Extracted(type, extractor.getText());
                }
            }
            case HTML -> new Extracted(type, MainContent.of(new String(content, StandardCharsets.UTF_8), ""));
            case TEXT -> new Extracted(type, new String(content, StandardCharsets.UTF_8));
        };
    }

    private static boolean startsWith(byte[] content, String prefix) {
        if (content.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (content[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
