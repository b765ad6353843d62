package org.liaison.engagements.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Shapes and answers shared by the engagements' API. */
final class Json {

    static final String BASE = "/api/v1";

    private Json() {}

    /** One page of a list: the items, the zero-based page, its size, and the total over all pages. */
    record PageJson<T>(List<T> items, int page, int size, long total) {}

    /** A list that is not paged. */
    record ItemsJson<T>(List<T> items) {}

    /** The caller's feed: whether it exists, since when, and (only right after a reset) its secret URL. */
    record CalendarJson(boolean active, @Nullable Instant createdAt, @Nullable String url) {}

    static <T> ResponseEntity<T> created(String collection, UUID id, long version, T body) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(BASE + collection + "/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location).eTag(Versions.etag(version)).body(body);
    }

    static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }
}
