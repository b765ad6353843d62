package org.liaison.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.liaison.ingest.extraction.Article;
import org.liaison.ingest.extraction.Gazetteer;
import org.liaison.ingest.extraction.RuleBasedExtractor;

/**
 * Fuzzing of the upload path's extraction (RELIABILITY item 15): any bytes are told a type by
 * their content and read as text, HTML, PDF or DOCX; a file that claims a type it cannot be read as
 * throws IOException or the parser's RuntimeException (both refused by the upload with a 422, see
 * {@code DocumentSources.uploaded}); no Error (stack overflow, out of memory) and no hang. Then the
 * rule-based extractor reads whatever text came out and must not fail at all. In the normal build
 * this replays the seeds and every input the fuzzer found ({@code FileTextFuzzTestsInputs/}); {@code ./mvnw
 * test -Pfuzz} fuzzes it for 60 s.
 */
class FileTextFuzzTests {

    static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(Gazetteer.empty());

    @FuzzTest(maxDuration = "60s")
    void extract(byte[] bytes) {
        FileText.Extracted extracted;
        try {
            extracted = FileText.text(bytes);
        } catch (IOException | RuntimeException refused) {
            // told a type by the content that the content cannot be read as
            assertThat(FileText.detect(bytes)).isIn(FileText.Type.PDF, FileText.Type.DOCX);
            return;
        }
        assertThat(extracted.type()).isEqualTo(FileText.detect(bytes));
        assertThat(extracted.text()).isNotNull();
        var found = EXTRACTOR.extract(new Article(extracted.text(), LocalDate.of(2012, 5, 3)));
        assertThat(found).isNotNull();
    }
}
