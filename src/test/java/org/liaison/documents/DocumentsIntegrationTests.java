package org.liaison.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.shared.LiaisonSettings;
import org.liaison.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;

/** The store refuses executables and oversize files, keeps versions and their content on disk. */
@Tag("persistence")
@SpringBootTest
class DocumentsIntegrationTests {

    @Autowired
    Documents documents;
    @Autowired
    LiaisonSettings settings;

    final String owner = "test:" + UUID.randomUUID();

    @Test
    void acceptsAPdfAndKeepsItsContentUnderItsHash() throws Exception {
        byte[] pdf = SampleFiles.pdf("Memorandum " + owner);

        var stored = documents.store(owner, "mou-draft.pdf", pdf);

        assertThat(stored.number()).isEqualTo(1);
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.fileName()).isEqualTo("mou-draft.pdf");
        try (InputStream in = documents.open(stored.document(), 1)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        Path file = settings.dataDir().resolve("documents").resolve(stored.sha256().substring(0, 2))
                .resolve(stored.sha256().substring(2, 4)).resolve(stored.sha256());
        assertThat(Files.readAllBytes(file)).isEqualTo(pdf);
    }

    @Test
    void refusesARenamedLinuxExecutable() {
        assertThatThrownBy(() -> documents.store(owner, "signed-mou.pdf", SampleFiles.elfExecutable()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("document-type-not-allowed");
                    assertThat(e.details().get("detectedType")).asString().startsWith("application/x-");
                });
        assertThat(documents.ofOwner(owner)).isEmpty();
    }

    @Test
    void refusesARenamedWindowsExecutable() {
        assertThatThrownBy(() -> documents.store(owner, "signed-mou.docx", SampleFiles.windowsExecutable()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("document-type-not-allowed"));
    }

    @Test
    void refusesAFileOverTheLimitWith413() {
        long limit = documents.maxSize();
        InputStream oversize = new InputStream() {
            long left = limit + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> documents.store(owner, "huge.txt", oversize))
                .isInstanceOfSatisfying(DocumentTooLargeException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(e.limit()).isEqualTo(20L * 1024 * 1024);
                });
        assertThat(documents.ofOwner(owner)).isEmpty();
    }

    @Test
    void listsVersionsOldestFirstAndTheLatestPerDocument() throws Exception {
        var first = documents.store(owner, "mou.docx", SampleFiles.docx("draft 1"));
        var second = documents.storeVersion(first.document(), "mou-v2.odt", SampleFiles.odt("draft 2"));
        var signed = documents.storeVersion(first.document(), "mou-signed.pdf", SampleFiles.pdf("signed"));
        var notes = documents.store(owner, "notes.txt", "Notes of the talks\n".getBytes());

        assertThat(documents.versions(first.document()))
                .extracting(DocumentVersion::number, DocumentVersion::mediaType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                        org.assertj.core.groups.Tuple.tuple(2, "application/vnd.oasis.opendocument.text"),
                        org.assertj.core.groups.Tuple.tuple(3, "application/pdf"));
        assertThat(documents.latest(first.document())).contains(signed);
        assertThat(documents.ofOwner(owner)).containsExactly(signed, notes);
        assertThat(second.number()).isEqualTo(2);
        try (InputStream in = documents.open(first.document(), 2)) {
            assertThat(in.readAllBytes()).isEqualTo(SampleFiles.odt("draft 2"));
        }
    }
}
