package org.liaison.agreements.api;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.liaison.documents.DocumentVersion;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored document version as a download: its detected type, an attachment with its name, no sniffing. */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<InputStreamResource> of(Map.Entry<DocumentVersion, InputStream> found) {
        var version = found.getKey();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(version.mediaType()))
                .contentLength(version.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(version.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(found.getValue()));
    }
}
