package org.liaison.ingest.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.ingest.internal.FeedService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Atom and RSS feeds polled into the review queue. */
@RestController
@Tag(name = "Ingestion")
class FeedApi {

    record FeedBody(@Nullable String url) {
    }

    record ItemsJson<T>(List<T> items) {
    }

    private final FeedService feeds;

    FeedApi(FeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(path = "/api/v1/ingest/feeds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The feeds polled, with their last poll")
    ItemsJson<FeedService.FeedView> list() {
        return new ItemsJson<>(feeds.list());
    }

    @PostMapping(path = "/api/v1/ingest/feeds", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Poll a feed from now on (the same URL twice is one feed)")
    ResponseEntity<FeedService.FeedView> subscribe(@RequestBody FeedBody body) {
        if (body.url() == null || body.url().isBlank()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(feeds.subscribe(body.url()));
    }

    @PostMapping(path = "/api/v1/ingest/feeds/{id}/poll", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Poll a feed now (a conditional GET); new entries become documents once")
    FeedService.PollResult poll(@PathVariable UUID id) {
        return feeds.poll(id);
    }
}
