package org.liaison.ingest.extraction;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One article: title on the first line, then the body; the publication date resolves relative dates. */
public record Article(String text, @Nullable LocalDate publishedAt) {
}
