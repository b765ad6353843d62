package org.liaison.directory.search;

import org.liaison.shared.ProgressStreams;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of a rebuild's progress: the counts of every entity type twice a second
 * while it runs, then one last event with the index's and the database's counts, and the end of
 * the stream. A stream opened when no rebuild runs sends that last event at once.
 */
@Component
class SearchRebuildStream {

    private final SearchIndexes indexes;
    private final ProgressStreams streams;

    SearchRebuildStream(SearchIndexes indexes, ProgressStreams streams) {
        this.indexes = indexes;
        this.streams = streams;
    }

    SseEmitter stream() {
        return streams.open(() -> {
            var progress = indexes.progress();
            if (progress.running()) {
                var json = SearchAdminController.RebuildJson.of(progress, null);
                return new ProgressStreams.Update(json, json.state() + json.done() + "/" + json.total(), false);
            }
            return new ProgressStreams.Update(SearchAdminController.RebuildJson.of(progress, indexes.status()), null,
                    true);
        });
    }
}
