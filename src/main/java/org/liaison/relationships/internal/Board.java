package org.liaison.relationships.internal;

import java.util.List;

import org.liaison.relationships.Stage;

/** The board: one column per stage in pipeline order, each with its label, its count and the cards shown. */
public record Board(List<Column> columns) {

    public Board {
        columns = List.copyOf(columns);
    }

    /** A column: {@code total} cards under the filter, of which {@code cards} are shown. */
    public record Column(Stage stage, String label, long total, List<RelationshipView> cards) {

        public Column {
            cards = List.copyOf(cards);
        }

        public boolean hasMore() {
            return cards.size() < total;
        }
    }
}
