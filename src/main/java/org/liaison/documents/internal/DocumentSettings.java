package org.liaison.documents.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize      the largest document accepted (default 20 MB)
 * @param allowedTypes media types accepted, as detected from the content (default PDF, DOCX, ODT, plain text)
 */
@ConfigurationProperties("liaison.documents")
public record DocumentSettings(@Nullable DataSize maxSize, @Nullable List<String> allowedTypes) {

    public static final List<String> DEFAULT_TYPES = List.of(
            ContentTypes.PDF, ContentTypes.DOCX, ContentTypes.ODT, ContentTypes.TEXT);

    public DocumentSettings {
        maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? DEFAULT_TYPES : List.copyOf(allowedTypes);
    }

    public long maxBytes() {
        return maxSize == null ? DataSize.ofMegabytes(20).toBytes() : maxSize.toBytes();
    }

    public List<String> types() {
        return allowedTypes == null ? DEFAULT_TYPES : allowedTypes;
    }
}
