package org.liaison.news.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.liaison.shared.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Shapes and answers shared by the news' API. */
final class Json {

    static final String BASE = "/api/v1";

    private Json() {}

    record ItemsJson<T>(List<T> items) {}

    static <T> ResponseEntity<T> created(String collection, UUID id, long version, T body) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(BASE + collection + "/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location).eTag(Versions.etag(version)).body(body);
    }

    static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }
}
