package org.liaison.fund.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A deal's due diligence: the fund's checklist (items numbered once and never renumbered, some
 * required) against what was recorded for this deal (done or not, by whom, when, with a note).
 * An item the fund added later is open for every deal; a record of an item the fund removed no
 * longer counts. A deal goes from due diligence to the committee only when no required item is open.
 */
public final class DueDiligence {

    /** An item of the fund's checklist. */
    public record Item(int number, String label, boolean required) {}

    /** What was recorded for one item of one deal. */
    public record Check(int number, boolean done, @Nullable String by, @Nullable Instant at, @Nullable String note) {}

    /** One line of the deal's checklist as shown: the item and its record, if any. */
    public record Line(Item item, boolean done, @Nullable String by, @Nullable Instant at, @Nullable String note) {
        public boolean open() {
            return !done;
        }
    }

    private final List<Line> lines;

    public DueDiligence(List<Item> items, List<Check> checks) {
        Map<Integer, Check> byNumber = checks.stream().collect(Collectors.toMap(Check::number, Function.identity(), (a, b) -> b));
        var built = new ArrayList<Line>();
        for (var item : items) {
            var check = byNumber.get(item.number());
            built.add(check == null ? new Line(item, false, null, null, null)
                    : new Line(item, check.done(), check.by(), check.at(), check.note()));
        }
        this.lines = List.copyOf(built);
    }

    public List<Line> lines() {
        return lines;
    }

    /** The required items not yet done, in the checklist's order. */
    public List<Item> openRequired() {
        return lines.stream().filter(l -> l.item().required() && l.open()).map(Line::item).toList();
    }

    /** Whether the deal may go to the committee as far as the checklist is concerned. */
    public boolean complete() {
        return openRequired().isEmpty();
    }
}
