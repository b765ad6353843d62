package org.liaison.directory.search;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.shared.AllowedDuringMaintenance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Administration of the search index: rebuilding it from the database and following the rebuild. */
@RestController
@Tag(name = "Search administration")
class SearchAdminController {

    static final String PATH = "/api/v1/admin/search/reindex";

    private final SearchIndexes indexes;
    private final SearchRebuildStream stream;
    private final CurrentViewer viewer;

    SearchAdminController(SearchIndexes indexes, SearchRebuildStream stream, CurrentViewer viewer) {
        this.indexes = indexes;
        this.stream = stream;
        this.viewer = viewer;
    }

    /**
     * The rebuild runs in the background: 202 Accepted; a rebuild already running is joined.
     * Allowed during maintenance: the index is derived from the database and a rebuild writes no
     * stored business data (it only reads rows), so it may be exactly what an administrator wants
     * to do while changes are frozen (after a restore, say).
     */
    @PostMapping(PATH)
    @AllowedDuringMaintenance
    @Operation(summary = "Rebuild the search index from the database, in the background",
            description = "Administrators only. A rebuild already running is joined. Follow it with GET.")
    @ApiResponse(responseCode = "202", description = "Started, or joined a running rebuild")
    ResponseEntity<Reindex> reindex() {
        requireAdministrator();
        boolean alreadyRunning = indexes.isRebuilding();
        indexes.rebuild();
        return ResponseEntity.accepted().body(new Reindex(alreadyRunning ? "running" : "started"));
    }

    @GetMapping(PATH)
    @Operation(summary = "The index against the database, and the progress of the last or running rebuild",
            description = "Per entity type: rows in the database, documents in the index, and the rebuild's "
                    + "documents done of its total. state is never, running, done or failed.")
    @ApiResponse(responseCode = "200", description = "Status and progress")
    RebuildJson status() {
        requireAdministrator();
        return RebuildJson.of(indexes.progress(), indexes.status());
    }

    @GetMapping(value = PATH + "/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events ('progress') with the rebuild's status twice a second until it ends")
    SseEmitter progress() {
        requireAdministrator();
        return stream.stream();
    }

    private void requireAdministrator() {
        if (!viewer.get().isAdministrator()) {
            throw new AccessDeniedException("Only administrators rebuild the search index");
        }
    }

    /** @param status {@code started}, or {@code running} when a rebuild was already under way */
    record Reindex(String status) {}

    /**
     * @param state    {@code never}, {@code running}, {@code done} or {@code failed}
     * @param percent  of all types' documents, 100 when done
     * @param indexes  per entity type
     */
    record RebuildJson(String state, boolean rebuilding, int percent, long done, long total,
            @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String failure,
            List<IndexJson> indexes) {

        static RebuildJson of(SearchIndexes.Progress progress, SearchIndexes.@Nullable Status status) {
            var indexes = progress.types().stream().map(t -> {
                Long database = null;
                Long indexed = null;
                if (status != null) {
                    boolean organization = "organization".equals(t.entity());
                    database = organization ? status.organizationsInDatabase() : status.peopleInDatabase();
                    indexed = organization ? status.organizationsIndexed() : status.peopleIndexed();
                }
                return new IndexJson(t.entity(), database, indexed, t.done(), t.total(),
                        "done".equals(progress.state()) ? 100 : t.percent());
            }).toList();
            return new RebuildJson(progress.state(), progress.running(), progress.percent(), progress.done(),
                    progress.total(), progress.startedAt(), progress.finishedAt(), progress.failure(), indexes);
        }
    }

    /**
     * @param entity    {@code organization} or {@code person}
     * @param database  rows in the database (absent in the live stream)
     * @param indexed   documents in the index (absent in the live stream)
     * @param done      documents the (last) rebuild added
     * @param total     documents the (last) rebuild indexes
     */
    record IndexJson(String entity, @Nullable Long database, @Nullable Long indexed, long done, long total,
            int percent) {}
}
