package org.liaison.engagements;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A titled block of a briefing pack: label and value rows, then paragraphs. Plain text only (the
 * pack escapes it); {@code whenEmpty} is said when there are neither rows nor paragraphs.
 *
 * @param whenEmpty what to say when the block has nothing, e.g. "No open follow-ups"; null hides such a block
 */
public record BriefingBlock(String title, List<Row> rows, List<String> paragraphs, @Nullable String whenEmpty) {

    public BriefingBlock {
        rows = List.copyOf(rows);
        paragraphs = List.copyOf(paragraphs);
    }

    /** A block of rows only. */
    public static BriefingBlock of(String title, List<Row> rows, @Nullable String whenEmpty) {
        return new BriefingBlock(title, rows, List.of(), whenEmpty);
    }

    public boolean isEmpty() {
        return rows.isEmpty() && paragraphs.isEmpty();
    }

    /** One line: a label (may be blank) and its value. */
    public record Row(String label, String value) {}
}
