package org.liaison.operations.imports;

/**
 * What an import did (or, for a dry run, would do), row by row: organizations created, updated
 * (empty fields filled), unchanged, duplicates of an earlier row, bad rows; and people created,
 * affiliations and relationship stages given.
 */
public record ImportCounts(int created, int updated, int unchanged, int duplicates, int bad, int people,
        int affiliations, int relationships) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public int rows() {
        return created + updated + unchanged + duplicates + bad;
    }

    public ImportCounts plus(ImportCounts o) {
        return new ImportCounts(created + o.created, updated + o.updated, unchanged + o.unchanged,
                duplicates + o.duplicates, bad + o.bad, people + o.people, affiliations + o.affiliations,
                relationships + o.relationships);
    }
}
