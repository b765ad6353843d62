package org.liaison.shared;

import io.swagger.v3.oas.models.Operation;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI text of a {@link RawUpload} states its true limit, read from the same annotation the
 * body-size filter enforces, so the document cannot promise more (or less) than the server takes.
 */
@Component
class RawUploadDocumentation implements OperationCustomizer {

    private final RawUploads uploads;

    RawUploadDocumentation(RawUploads uploads) {
        this.uploads = uploads;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        RawUpload upload = RawUploads.annotation(handler);
        if (upload == null) {
            return operation;
        }
        long bytes = uploads.maxBytes(upload);
        String limit = "The body (the file itself) may be at most " + uploads.maxSize(upload) + " (" + bytes
                + " bytes); a larger one is refused with 413 (code too-large), before it is read when its Content-Length "
                + "says so.";
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? limit : description.strip() + " " + limit);
        return operation;
    }
}
