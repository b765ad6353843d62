package org.liaison.shared;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code liaison.max-body-size} (default 2 MB) with 413, so a client
 * cannot make the server buffer an unbounded JSON or form body. A declared Content-Length over the
 * limit is refused before anything is read; a body without one (chunked) is counted while it is
 * read and fails with {@link BodyTooLargeException}, which {@link ErrorAdvice} answers with 413.
 * Multipart uploads have their own limits ({@code spring.servlet.multipart.*}). A handler marked
 * {@link RawUpload} (a file sent as the body itself, such as an agreement's document) is held the
 * same way to its own limit instead ({@link RawUploads}), so the 2 MB meant for JSON does not cut a
 * 20 MB document.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final Problems problems;
    private final MessageSource messages;
    private final RawUploads uploads;

    BodySizeLimitFilter(@Value("${liaison.max-body-size:2MB}") DataSize limit, Problems problems,
            MessageSource messages, RawUploads uploads) {
        this.limit = limit.toBytes();
        this.problems = problems;
        this.messages = messages;
        this.uploads = uploads;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = uploads.limitOf(request).orElse(limit);
        if (request.getContentLengthLong() > max) {
            if (Problems.isApiRequest(request)) {
                problems.write(request, response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                        messages.getMessage("error.too-large", null, request.getLocale())));
                // sent now: the container, finding the body unread and larger than it swallows, closes the
                // connection before it would flush a response still in its buffer (the client saw none)
                response.flushBuffer();
            } else {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            }
            return;
        }
        chain.doFilter(new Limited(request, max), response);
    }

    /** Raised while reading a body that turns out larger than the limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super("Request body exceeds " + limit + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws BodyTooLargeException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
