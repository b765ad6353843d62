package org.liaison.directory.search;

import org.liaison.access.CurrentViewer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administration of the search index: rebuilding it from the database. */
@RestController
class SearchAdminController {

    private final SearchIndexes indexes;
    private final CurrentViewer viewer;

    SearchAdminController(SearchIndexes indexes, CurrentViewer viewer) {
        this.indexes = indexes;
        this.viewer = viewer;
    }

    /** The rebuild runs in the background: 202 Accepted; a rebuild already running is joined. */
    @PostMapping("/api/v1/admin/search/reindex")
    ResponseEntity<Reindex> reindex() {
        if (!viewer.get().isAdministrator()) {
            throw new AccessDeniedException("Only administrators rebuild the search index");
        }
        boolean alreadyRunning = indexes.isRebuilding();
        indexes.rebuild();
        return ResponseEntity.accepted().body(new Reindex(alreadyRunning ? "running" : "started"));
    }

    /** @param status {@code started}, or {@code running} when a rebuild was already under way */
    record Reindex(String status) {}
}
