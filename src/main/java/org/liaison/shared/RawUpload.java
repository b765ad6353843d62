package org.liaison.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose request body is an uploaded file sent as it is (not JSON, not a form, not
 * multipart), with its own size limit. The body-size filter then holds the body to this limit
 * instead of {@code liaison.max-body-size} (2 MB, meant for JSON and form bodies): a declared
 * Content-Length over it is answered 413 before anything is read, a streamed body is counted while
 * it is read and refused at the first byte over it. The OpenAPI document states the limit on the
 * operation. The handler should still read the body as a stream (to a file), never whole into memory.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RawUpload {

    /**
     * The largest body accepted: a size such as {@code 20MB}, or a property placeholder naming the
     * setting the upload itself enforces, such as {@code ${liaison.documents.max-size:20MB}}.
     */
    String maxSize();
}
