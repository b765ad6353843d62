package org.liaison.directory.api;

import java.net.URI;
import java.util.UUID;

import org.liaison.shared.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Formats and answers shared by the directory's API controllers. */
final class ApiFormats {

    /** A BCP 47 tag as people write them: a 2-3 letter language, then subtags (script, region). */
    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*";

    static final String BASE = "/api/v1";

    private ApiFormats() {}

    /** 201 with the new record's address and its ETag. */
    static <T> ResponseEntity<T> created(String collection, UUID id, long version, T body) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(BASE + collection + "/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location).eTag(Versions.etag(version)).body(body);
    }

    /** 200 with the record's ETag, its version. */
    static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }
}
