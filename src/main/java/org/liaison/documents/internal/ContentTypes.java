package org.liaison.documents.internal;

import java.nio.file.Path;

import org.liaison.shared.UploadContent;

/**
 * Detects a file's media type from its bytes alone, with the detection every upload shares
 * ({@link UploadContent}: Tika's magic numbers; a ZIP package is DOCX when it holds
 * {@code word/document.xml} and {@code [Content_Types].xml}).
 */
public final class ContentTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String TEXT = "text/plain";

    /** The detected type without parameters, e.g. {@code application/pdf} (the rule all uploads share). */
    public String detect(Path file) {
        return UploadContent.detect(file);
    }
}
