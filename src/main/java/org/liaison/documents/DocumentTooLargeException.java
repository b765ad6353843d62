package org.liaison.documents;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An upload over {@code liaison.documents.max-size}: answers 413 Content Too Large as a problem
 * detail with code {@code too-large} (the error advice handles it like any framework error).
 */
public class DocumentTooLargeException extends ErrorResponseException {

    private final long limit;

    public DocumentTooLargeException(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE);
        this.limit = limit;
        getBody().setDetail("The document is larger than the limit of " + limit + " bytes.");
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}
