package org.liaison.news.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.NewsStatus;
import org.liaison.news.internal.NewsView;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Versions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = Json.BASE + "/news", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "News", description = "News items: sanitized rich text, topics, links; publish, schedule, withdraw")
@ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid parameter")
@ApiResponse(responseCode = "401", description = "No valid API token")
class NewsApi {

    private final NewsService news;
    private final CurrentViewer viewer;

    NewsApi(NewsService news, CurrentViewer viewer) {
        this.news = news;
        this.viewer = viewer;
    }

    @GetMapping
    @Operation(summary = "List news items, latest first",
            description = "The hub's staff see every item (filter by status); everyone else the published ones.")
    @ApiResponse(responseCode = "200", description = "The items")
    Json.ItemsJson<NewsView> list(
            @RequestParam(required = false) @Parameter(description = "DRAFT, SCHEDULED, PUBLISHED or WITHDRAWN") @Nullable String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        NewsStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = NewsStatus.parse(status).orElseThrow(
                    () -> new RuleViolationException("news-invalid-status", "Unknown status: " + status));
        }
        if (!viewer.get().isStaff()) {
            return new Json.ItemsJson<>(wanted == null || wanted == NewsStatus.PUBLISHED
                    ? news.latestViews(size * (page + 1)).stream().skip((long) page * size).toList()
                    : java.util.List.of());
        }
        return new Json.ItemsJson<>(news.all(wanted, page, size));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write a news item (a draft)", description = "The body is cleaned by the allow-list; the slug follows from the title.")
    @ApiResponse(responseCode = "201", description = "Created, with Location and ETag")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers write news")
    @ApiResponse(responseCode = "422", description = "Invalid body: no title or text, unknown language, topic, organization, person or engagement")
    ResponseEntity<NewsView> create(@Valid @RequestBody NewsBody body) {
        var created = news.create(body.toDraft());
        return Json.created("/news", created.id(), created.version(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a news item", description = "Unpublished items only for the hub's staff. The ETag is its version.")
    @ApiResponse(responseCode = "200", description = "The item")
    @ApiResponse(responseCode = "404", description = "No such item, or not published and the caller is not staff")
    ResponseEntity<NewsView> read(@PathVariable UUID id) {
        var found = news.item(id);
        return Json.ok(found.version(), found);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a news item", description = "Send If-Match with the ETag you read (or the version in the body).")
    @ApiResponse(responseCode = "200", description = "Changed; the new ETag is returned")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers write news")
    @ApiResponse(responseCode = "404", description = "No such item")
    @ApiResponse(responseCode = "409", description = "Someone changed it since the version sent")
    @ApiResponse(responseCode = "422", description = "Invalid body, or neither If-Match nor version")
    ResponseEntity<NewsView> update(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody NewsBody body) {
        var changed = news.update(id, Versions.expected(ifMatch, body.version()), body.toDraft());
        return Json.ok(changed.version(), changed);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a news item", description = "Send If-Match with the ETag you read. A published item leaves the public pages.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers delete news")
    @ApiResponse(responseCode = "404", description = "No such item")
    @ApiResponse(responseCode = "409", description = "Someone changed it since the version sent")
    ResponseEntity<Void> delete(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        news.delete(id, Versions.expected(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish now", description = "If-Match is optional: with it, a stale publication is refused. Publishing twice changes nothing.")
    @ApiResponse(responseCode = "200", description = "Published")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers publish")
    @ApiResponse(responseCode = "404", description = "No such item")
    @ApiResponse(responseCode = "409", description = "Someone changed it since the version sent")
    ResponseEntity<NewsView> publish(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        news.publish(id, optional(ifMatch));
        var item = news.item(id);
        return Json.ok(item.version(), item);
    }

    @PostMapping(path = "/{id}/schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Schedule the publication", description = "The publication job publishes it when the time comes (every minute).")
    @ApiResponse(responseCode = "200", description = "Scheduled")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers publish")
    @ApiResponse(responseCode = "404", description = "No such item")
    @ApiResponse(responseCode = "409", description = "Someone changed it since the version sent")
    @ApiResponse(responseCode = "422", description = "A time not in the future, or the item is published")
    ResponseEntity<NewsView> schedule(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ScheduleBody body) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? body.version() : optional(ifMatch);
        var item = news.schedule(id, expected, body.at());
        return Json.ok(item.version(), item);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a published or scheduled item", description = "It leaves the public pages, feeds and sitemap.")
    @ApiResponse(responseCode = "200", description = "Withdrawn")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers withdraw")
    @ApiResponse(responseCode = "404", description = "No such item")
    @ApiResponse(responseCode = "409", description = "Someone changed it since the version sent")
    @ApiResponse(responseCode = "422", description = "The item is neither published nor scheduled")
    ResponseEntity<NewsView> withdraw(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        var item = news.withdraw(id, optional(ifMatch));
        return Json.ok(item.version(), item);
    }

    private static @Nullable Long optional(@Nullable String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : Versions.expected(ifMatch, null);
    }
}
