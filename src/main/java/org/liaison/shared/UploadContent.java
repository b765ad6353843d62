package org.liaison.shared;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded file is, told by its bytes (Apache Tika's magic numbers), and the one rule
 * every upload applies (checklist item 11): executables are refused whatever they are called; the
 * content's type must be one the upload accepts; and a file name whose extension names a type must
 * name the content's type (an executable or HTML called {@code report.pdf}, a PDF called
 * {@code a.pdf.html} are refused). ZIP containers (DOCX, XLSX) are recognised by their entries,
 * read from the central directory without inflating anything, and refused when they would inflate
 * beyond {@link #MAX_INFLATED_BYTES} or by more than {@link #MAX_INFLATE_RATIO} times (a zip bomb).
 * <p>
 * Refusals are {@link RuleViolationException}s (422) with the codes {@code upload-executable},
 * {@code upload-type-not-accepted}, {@code upload-name-mismatch} and {@code upload-archive-too-large},
 * and the details {@code detectedType} and, for a mismatch, {@code nameType}.
 */
public final class UploadContent {

    public static final String TEXT = "text/plain";
    public static final String CSV = "text/csv";
    public static final String TSV = "text/tab-separated-values";
    public static final String HTML = "text/html";
    public static final String XHTML = "application/xhtml+xml";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String XLS = "application/vnd.ms-excel";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ZIP = "application/zip";
    public static final String EMPTY = "application/x-empty";
    static final String OCTET_STREAM = "application/octet-stream";

    /** The most a ZIP container may inflate to, all entries together (POI's own limit per entry is 4 GB). */
    public static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    /** The most an entry of a ZIP container may inflate by (POI's ZipSecureFile refuses 1:100 too). */
    public static final long MAX_INFLATE_RATIO = 100;

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    /** Types that are programs to run, by Tika's name; their specializations count too. */
    private static final Set<String> EXECUTABLES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-object",
            "application/x-coredump", "application/x-mach-o", "application/x-mach-o-executable",
            "application/java-vm", "application/java-archive", "application/x-ms-installer",
            "application/x-msi", "application/x-sh", "application/x-bat", "application/x-ms-shortcut",
            "application/vnd.microsoft.portable-executable");

    private UploadContent() {
    }

    /** The type of the content without parameters, e.g. {@code application/pdf}; DOCX and XLSX by their entries. */
    public static String detect(byte[] content) {
        if (content.length == 0) {
            return EMPTY;
        }
        try (InputStream in = new ByteArrayInputStream(content)) {
            String type = base(TIKA.detect(in));
            return isZip(type) ? zipType(content, type) : type;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type of a file's content (for uploads received into a file). */
    public static String detect(Path file) {
        try {
            if (Files.size(file) == 0) {
                return EMPTY;
            }
            String type;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                type = base(TIKA.detect(in));
            }
            if (!isZip(type)) {
                return type;
            }
            try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
                return zipType(zip, type);
            } catch (IOException | RuntimeException notAZip) {
                return type;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type a file name's extension stands for, or null when it names none Tika knows. */
    public static @Nullable String typeOfName(@Nullable String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String type = base(TIKA.detect(lastSegment(fileName).toLowerCase(Locale.ROOT)));
        return OCTET_STREAM.equals(type) ? null : type;
    }

    /**
     * Checks an upload held in memory and answers its detected type.
     *
     * @param accepted the types this upload takes (the content's type must be one of them)
     * @throws RuleViolationException when the content is an executable, of a type not accepted, a
     *                                zip bomb, or of another type than its name says
     */
    public static String require(byte[] content, @Nullable String fileName, Collection<String> accepted) {
        String type = detect(content);
        requireArchiveSafe(content, type);
        requireType(type, fileName, accepted, isExecutable(type) || executableMagic(content));
        return type;
    }

    /** Checks an upload received into a file (see {@link #require(byte[], String, Collection)}). */
    public static String require(Path file, @Nullable String fileName, Collection<String> accepted) {
        String type = detect(file);
        boolean magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = executableMagic(in.readNBytes(4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (isZip(type) || type.equals(DOCX) || type.equals(XLSX)) {
            try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
                requireArchiveSafe(zip, type);
            } catch (IOException notAZip) {
                // a broken archive is the reader's to refuse
            }
        }
        requireType(type, fileName, accepted, isExecutable(type) || magic);
        return type;
    }

    /** Whether Tika's type is a program (Windows PE, ELF, Mach-O, Java class or archive, installers, shell scripts). */
    public static boolean isExecutable(String type) {
        var media = MediaType.parse(type);
        while (media != null) {
            if (EXECUTABLES.contains(media.getBaseType().toString())) {
                return true;
            }
            media = REGISTRY.getSupertype(media);
        }
        return false;
    }

    /** The last segment of a file name as a browser or client may send it ({@code ../}, {@code C:\} dropped). */
    public static String lastSegment(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static void requireType(String type, @Nullable String fileName, Collection<String> accepted,
            boolean executable) {
        if (executable) {
            throw new RuleViolationException("upload-executable",
                    "The file is a program (" + type + "); programs are never accepted.", Map.of("detectedType", type));
        }
        if (!accepted.contains(type)) {
            throw new RuleViolationException("upload-type-not-accepted",
                    "Files of type " + type + " are not accepted here; accepted are " + String.join(", ", accepted)
                            + " (the type is read from the content, not the file name).",
                    Map.of("detectedType", type, "acceptedTypes", java.util.List.copyOf(accepted)));
        }
        String named = typeOfName(fileName);
        if (named != null && !sameKind(named, type)) {
            throw new RuleViolationException("upload-name-mismatch",
                    "The file is named as " + named + " but its content is " + type + ".",
                    Map.of("detectedType", type, "nameType", named));
        }
    }

    /**
     * Whether a name's type fits the content's type: equal, or the content is plain text and the name
     * a plain-text kind (CSV, TSV, Markdown...), or both are HTML, or one is a kind of the other.
     */
    static boolean sameKind(String named, String content) {
        if (named.equals(content)) {
            return true;
        }
        if (isHtml(named) || isHtml(content)) {
            return isHtml(named) && isHtml(content);
        }
        if (content.equals(TEXT)) {
            return named.startsWith("text/") || REGISTRY.isSpecializationOf(MediaType.parse(named), MediaType.TEXT_PLAIN);
        }
        // one more specific than the other: a .xlsx name on a ZIP the content alone cannot tell apart
        // (a broken workbook is then the reader's to refuse), or a PDF/A content under a .pdf name
        var n = MediaType.parse(named);
        var c = MediaType.parse(content);
        return REGISTRY.isSpecializationOf(c, n) || REGISTRY.isSpecializationOf(n, c);
    }

    private static boolean isHtml(String type) {
        return type.equals(HTML) || type.equals(XHTML);
    }

    /** MZ (DOS/Windows), ELF, Mach-O (both byte orders, fat), Java class: programs whatever Tika says. */
    static boolean executableMagic(byte[] head) {
        if (head.length >= 2 && head[0] == 'M' && head[1] == 'Z') {
            return true;
        }
        if (head.length < 4) {
            return false;
        }
        int magic = (head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8 | head[3] & 0xff;
        return magic == 0x7f454c46 || magic == 0xfeedface || magic == 0xfeedfacf || magic == 0xcefaedfe
                || magic == 0xcffaedfe || magic == 0xcafebabe;
    }

    private static boolean isZip(String type) {
        return type.equals("application/zip") || type.equals("application/x-tika-ooxml")
                || type.equals("application/x-tika-msoffice-embedded");
    }

    private static String zipType(byte[] content, String type) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            return zipType(zip, type);
        } catch (IOException | RuntimeException notAZip) {
            return type;
        }
    }

    private static String zipType(ZipFile zip, String type) {
        boolean contentTypes = zip.getEntry("[Content_Types].xml") != null;
        if (contentTypes && zip.getEntry("word/document.xml") != null) {
            return DOCX;
        }
        if (contentTypes && zip.getEntry("xl/workbook.xml") != null) {
            return XLSX;
        }
        return type;
    }

    private static void requireArchiveSafe(byte[] content, String type) {
        if (!isZip(type) && !type.equals(DOCX) && !type.equals(XLSX)) {
            return;
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            requireArchiveSafe(zip, type);
        } catch (IOException notAZip) {
            // a broken archive is the reader's to refuse
        }
    }

    private static void requireArchiveSafe(ZipFile zip, String type) {
        long total = 0;
        for (var entries = zip.getEntries(); entries.hasMoreElements();) {
            ZipArchiveEntry entry = entries.nextElement();
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            total += Math.max(0, size);
            boolean ratio = size > 1024 * 1024 && (compressed <= 0 || size / compressed > MAX_INFLATE_RATIO);
            if (size < 0 || ratio || total > MAX_INFLATED_BYTES) {
                throw new RuleViolationException("upload-archive-too-large",
                        "The archive would inflate to more than is safe to read (a compressed entry of " + size
                                + " bytes from " + compressed + ").",
                        Map.of("detectedType", type));
            }
        }
    }

    private static String base(String type) {
        return MediaType.parse(type).getBaseType().toString();
    }
}
