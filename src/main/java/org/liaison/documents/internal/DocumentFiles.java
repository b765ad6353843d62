package org.liaison.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.liaison.documents.DocumentTooLargeException;

/**
 * Content-addressed files under {@code <data-dir>/documents}: {@code ab/cd/abcd...} by SHA-256.
 * An upload is first written to {@code tmp/} while counting and hashing, then moved into place
 * atomically, so a crash never leaves a half-written file under a content address. Equal content
 * is stored once.
 */
final class DocumentFiles {

    /** An upload written to a temporary file, not yet in place. */
    record Pending(Path file, long size, String sha256) {}

    private final Path root;

    DocumentFiles(Path root) {
        this.root = root;
    }

    Pending receive(InputStream content, long maxSize) {
        try {
            Path tmp = root.resolve("tmp");
            Files.createDirectories(tmp);
            Path file = Files.createTempFile(tmp, "upload-", ".part");
            MessageDigest digest = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest); content) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxSize) {
                        throw new DocumentTooLargeException(maxSize);
                    }
                    out.write(buffer, 0, read);
                }
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return new Pending(file, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a pending upload to its content address (or drops it when that content is already stored). */
    void keep(Pending pending) {
        Path target = path(pending.sha256());
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.deleteIfExists(pending.file());
                return;
            }
            try {
                Files.move(pending.file(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(pending.file(), target);
            }
        } catch (FileAlreadyExistsException e) {
            discard(pending);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void discard(Pending pending) {
        try {
            Files.deleteIfExists(pending.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(String sha256) {
        try {
            return Files.newInputStream(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
