package org.liaison.news.api;

import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.TopicView;
import org.liaison.shared.Versions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = Json.BASE + "/topics", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Topics", description = "The managed taxonomy of news topics, named in English, Russian, Chinese and Japanese")
@ApiResponse(responseCode = "401", description = "No valid API token")
class TopicApi {

    private final NewsService news;

    TopicApi(NewsService news) {
        this.news = news;
    }

    @GetMapping
    @Operation(summary = "List the topics in order", description = "name is in the language of Accept-Language.")
    Json.ItemsJson<TopicView> list() {
        return new Json.ItemsJson<>(news.topics());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a topic")
    @ApiResponse(responseCode = "201", description = "Created, with Location and ETag")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers manage topics")
    @ApiResponse(responseCode = "422", description = "A name missing, an invalid or taken slug")
    ResponseEntity<TopicView> create(@Valid @RequestBody TopicBody body) {
        var created = news.createTopic(body.slug(), body.names(), body.position());
        return Json.created("/topics", created.id(), created.version(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a topic")
    @ApiResponse(responseCode = "404", description = "No such topic")
    ResponseEntity<TopicView> read(@PathVariable UUID id) {
        var found = news.topic(id);
        return Json.ok(found.version(), found);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename or move a topic", description = "The slug stays. Send If-Match or the version.")
    @ApiResponse(responseCode = "403", description = "Only administrators and cooperation managers manage topics")
    @ApiResponse(responseCode = "404", description = "No such topic")
    @ApiResponse(responseCode = "409", description = "Someone changed it since the version sent")
    ResponseEntity<TopicView> update(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody TopicBody body) {
        var changed = news.updateTopic(id, Versions.expected(ifMatch, body.version()), body.names(), body.position());
        return Json.ok(changed.version(), changed);
    }
}
