package org.liaison.operations.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which field each column of a file holds, by column position; columns beyond the list are ignored.
 * A field other than {@link ImportField#IGNORE} may be given to one column only.
 */
public record ColumnMapping(List<ImportField> fields) {

    public ColumnMapping {
        fields = List.copyOf(fields);
        var seen = EnumSet.noneOf(ImportField.class);
        for (var f : fields) {
            if (f != ImportField.IGNORE && !seen.add(f)) {
                throw new ImportFileException("mapping-twice", f.key());
            }
        }
    }

    /** The guess from the header names: the first column whose header names a field gets it. */
    public static ColumnMapping guess(List<String> headers) {
        var used = EnumSet.noneOf(ImportField.class);
        var out = new ArrayList<ImportField>();
        for (var h : headers) {
            var f = ImportField.forHeader(h).filter(x -> !used.contains(x));
            f.ifPresent(used::add);
            out.add(f.orElse(ImportField.IGNORE));
        }
        return new ColumnMapping(out);
    }

    /** From the stored form "organization,country,ignore,...". */
    public static ColumnMapping parse(String text) {
        if (text.isBlank()) {
            return new ColumnMapping(List.of());
        }
        var out = new ArrayList<ImportField>();
        for (var part : text.split(",", -1)) {
            out.add(ImportField.parse(part).orElseThrow(() -> new ImportFileException("mapping-unknown", part)));
        }
        return new ColumnMapping(out);
    }

    public String format() {
        return fields.stream().map(ImportField::key).collect(Collectors.joining(","));
    }

    public Optional<Integer> columnOf(ImportField field) {
        int i = fields.indexOf(field);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    public boolean maps(ImportField field) {
        return fields.contains(field);
    }

    public ImportField fieldOf(int column) {
        return column < fields.size() ? fields.get(column) : ImportField.IGNORE;
    }
}
