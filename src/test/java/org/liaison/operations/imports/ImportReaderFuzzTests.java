package org.liaison.operations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzing of the import reader (RELIABILITY item 15): whatever the bytes (CSV or TSV in any
 * encoding, with or without a byte order mark, or a zip that may be an .xlsx), reading them either
 * gives rows or throws {@link ImportFileException}; nothing else escapes, and the rows keep the
 * reader's limits. In the normal build this replays the seeds and every input the fuzzer found
 * ({@code ImportReaderFuzzTestsInputs/read/}); {@code ./mvnw test -Pfuzz} fuzzes it for 60 s.
 */
class ImportReaderFuzzTests {

    @FuzzTest(maxDuration = "60s")
    void read(byte[] bytes) {
        var rows = new ArrayList<List<String>>();
        var numbers = new ArrayList<Integer>();
        try {
            ImportReader.cells(bytes, (row, cells) -> {
                assertThat(row).isPositive();
                assertThat(cells).hasSizeLessThanOrEqualTo(ImportReader.MAX_COLUMNS).doesNotContainNull();
                rows.add(cells);
                numbers.add(row);
            });
        } catch (ImportFileException refused) {
            assertThat(refused.code()).isNotBlank();
            return;
        }
        if (rows.isEmpty() || numbers.getFirst() != 1) {
            // no header row: the import's first step (ImportReader.headers) refuses such a file
            return;
        }
        assertThat(ImportReader.headers(bytes)).isEqualTo(rows.getFirst());
        var mapping = ColumnMapping.guess(rows.getFirst());
        if (!mapping.maps(ImportField.ORGANIZATION)) {
            return;
        }
        try {
            var result = ImportReader.read(bytes, mapping);
            assertThat(result.headers()).isEqualTo(rows.getFirst());
            for (var row : result.rows()) {
                assertThat(row.organization()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            }
            assertThat(result.rows().size() + result.bad().size()).isLessThan(rows.size());
        } catch (ImportFileException refused) {
            assertThat(refused.code()).isNotBlank();
        }
    }
}
