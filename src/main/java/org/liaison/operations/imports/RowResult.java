package org.liaison.operations.imports;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One row's line in a dry run or in the ledger: its outcome ({@code new}, {@code updated},
 * {@code unchanged}, {@code duplicate}, {@code bad}), the organization it names, and for the
 * report the reason (bad rows), the fields filled and the conflicts kept.
 *
 * @param detail machine form: {@code reason|value} for bad rows; otherwise lines {@code fill|field}
 *               and {@code conflict|field|kept|offered}
 */
public record RowResult(int row, String outcome, String organization, String key, int duplicateOf,
        @Nullable String detail, @Nullable String person, boolean newPerson, boolean affiliation,
        boolean relationship) {

    static RowResult bad(BadRow bad) {
        return new RowResult(bad.row(), "bad", "", "", 0, bad.reason() + "|" + clean(bad.value()), null, false,
                false, false);
    }

    static RowResult of(ImportPlanner.Plan plan) {
        var lines = new ArrayList<String>();
        plan.fill().forEach(f -> lines.add("fill|" + f));
        plan.conflicts().forEach(c -> lines.add("conflict|" + c.field() + "|" + clean(c.kept()) + "|"
                + clean(c.offered())));
        String detail = lines.isEmpty() ? null : String.join("\n", lines);
        if (detail != null && detail.length() > 2000) {
            detail = detail.substring(0, 2000);
        }
        var row = plan.row();
        return new RowResult(row.row(), plan.outcome().name().toLowerCase(java.util.Locale.ROOT),
                row.organization(), plan.key(), plan.duplicateOf(), detail, row.person(), plan.newPerson(),
                row.person() != null, row.stage() != null);
    }

    private static String clean(String value) {
        String v = value.replace('|', '/').replace('\n', ' ').replace('\r', ' ');
        return v.length() > 300 ? v.substring(0, 300) : v;
    }

    public @Nullable String reason() {
        return "bad".equals(outcome) && detail != null ? detail.split("\\|", 2)[0] : null;
    }

    public String value() {
        return "bad".equals(outcome) && detail != null && detail.contains("|") ? detail.split("\\|", 2)[1] : "";
    }

    public List<String> filled() {
        return lines("fill").stream().map(l -> l[1]).toList();
    }

    /** Conflicts as {field, kept, offered}. */
    public List<String[]> conflicts() {
        return lines("conflict").stream().map(l -> new String[] {l[1], l.length > 2 ? l[2] : "", l.length > 3 ? l[3] : ""})
                .toList();
    }

    private List<String[]> lines(String kind) {
        if (detail == null || "bad".equals(outcome)) {
            return List.of();
        }
        return detail.lines().map(l -> l.split("\\|", -1)).filter(p -> p[0].equals(kind) && p.length > 1).toList();
    }

    ImportCounts counts() {
        return new ImportCounts(is("new"), is("updated"), is("unchanged"), is("duplicate"), is("bad"),
                newPerson ? 1 : 0, affiliation ? 1 : 0, relationship ? 1 : 0);
    }

    private int is(String o) {
        return outcome.equals(o) ? 1 : 0;
    }
}
