package org.liaison.documents.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;

/**
 * Detects a file's media type from its bytes alone (Tika's magic numbers; the file name is never
 * consulted). Tika's core tells an OOXML package only as generic OOXML, so a package is named
 * DOCX here when it holds {@code word/document.xml}.
 */
public final class ContentTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String TEXT = "text/plain";
    static final String OOXML = "application/x-tika-ooxml";

    private final Tika tika = new Tika();

    /** The detected type without parameters, e.g. {@code application/pdf}. */
    public String detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            String type = MediaType.parse(tika.detect(in)).getBaseType().toString();
            if (OOXML.equals(type) || "application/zip".equals(type)) {
                return isWordPackage(file) ? DOCX : type;
            }
            return type;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWordPackage(Path file) throws IOException {
        boolean contentTypes = false;
        boolean document = false;
        try (var zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                document |= entry.getName().equals("word/document.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return contentTypes && document;
    }
}
