package org.liaison.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.documents.SampleFiles;

/** Types come from the bytes: the file name (here always misleading) plays no part. */
class ContentTypesTests {

    @TempDir
    Path dir;

    final ContentTypes types = new ContentTypes();

    @Test
    void detectsPdfWordOpenDocumentAndText() throws IOException {
        assertThat(types.detect(file("contract.exe", SampleFiles.pdf("MoU")))).isEqualTo(ContentTypes.PDF);
        assertThat(types.detect(file("contract.pdf", SampleFiles.docx("MoU")))).isEqualTo(ContentTypes.DOCX);
        assertThat(types.detect(file("contract.docx", SampleFiles.odt("MoU")))).isEqualTo(ContentTypes.ODT);
        assertThat(types.detect(file("contract.pdf", "Меморандум о сотрудничестве 合作备忘录\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(ContentTypes.TEXT);
    }

    @Test
    void recognisesRenamedExecutablesForWhatTheyAre() throws IOException {
        assertThat(types.detect(file("signed.pdf", SampleFiles.elfExecutable())))
                .isNotIn(DocumentSettings.DEFAULT_TYPES).startsWith("application/x-");
        assertThat(types.detect(file("signed.docx", SampleFiles.windowsExecutable())))
                .isNotIn(DocumentSettings.DEFAULT_TYPES).startsWith("application/");
    }

    @Test
    void aZipThatIsNoWordDocumentStaysAZip() throws IOException {
        assertThat(types.detect(file("letter.docx", SampleFiles.plainZip()))).isEqualTo("application/zip");
    }

    @Test
    void keepsOnlyTheLastSegmentOfAFileName() {
        assertThat(DocumentStore.cleanName("C:\\Users\\me\\MoU \"final\".pdf")).isEqualTo("MoU final.pdf");
        assertThat(DocumentStore.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DocumentStore.cleanName("  ")).isEqualTo("document");
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
