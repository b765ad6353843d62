package org.liaison.ingest.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Fetches http(s) URLs for ingestion without becoming a way into the hub's own network: every
 * address a host name resolves to is checked, on the first request and on each redirect, and
 * loopback, private, link-local, unique-local and multicast addresses are refused unless allowed,
 * also when written as IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4,
 * Teredo) or as decimal, octal or hex numbers. Bodies are capped; redirects are followed by hand
 * (at most five).
 */
public final class SafeFetcher {

    /** A URL this fetcher will not fetch, and why. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    public record Response(int status, byte[] body, @Nullable String contentType, @Nullable String etag,
            @Nullable String lastModified, URI uri) {
    }

    /** A host written as numbers that is not a plain dotted quad (2130706433, 0x7f.1, 0177.0.0.1, 127.1). */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

    private final HttpClient client;
    private final boolean allowPrivate;
    private final Predicate<InetAddress> internal;
    private final int maxBytes;
    private final Duration timeout;

    public SafeFetcher(boolean allowPrivate, int maxBytes, Duration timeout) {
        this(allowPrivate, SafeFetcher::internal, maxBytes, timeout);
    }

    /** With another rule for internal addresses (tests: an "outside" server on a loopback address). */
    SafeFetcher(Predicate<InetAddress> internal, int maxBytes, Duration timeout) {
        this(false, internal, maxBytes, timeout);
    }

    private SafeFetcher(boolean allowPrivate, Predicate<InetAddress> internal, int maxBytes, Duration timeout) {
        this.allowPrivate = allowPrivate;
        this.internal = internal;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Response get(String url) throws IOException, RefusedException, InterruptedException {
        return get(url, null, null);
    }

    /** A conditional GET: with an ETag or Last-Modified from the previous answer, 304 means unchanged. */
    public Response get(String url, @Nullable String etag, @Nullable String lastModified)
            throws IOException, RefusedException, InterruptedException {
        URI uri = check(url);
        for (int hop = 0; hop <= 5; hop++) {
            var request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                    .header("User-Agent", "Liaison ingestion")
                    .header("Accept", "text/html,application/xhtml+xml,application/atom+xml,application/rss+xml,"
                            + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                response.body().close();
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new IOException("Redirect without a location from " + uri);
                }
                uri = check(uri.resolve(location.get()).toString());
                continue;
            }
            byte[] body;
            try (var in = response.body()) {
                body = read(in);
            }
            return new Response(status, body, response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null), uri);
        }
        throw new IOException("Too many redirects from " + url);
    }

    private byte[] read(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > maxBytes) {
                throw new IOException("The page is larger than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The URL when it is http(s) to a public address (or any address when private ones are allowed). */
    public URI check(String url) throws RefusedException {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new RefusedException("Not a URL: " + url);
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new RefusedException("Only http and https URLs can be fetched");
        }
        if (allowPrivate) {
            return uri;
        }
        String host = uri.getHost();
        if (NUMERIC_HOST.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
            throw new RefusedException("Write the address " + host + " as four decimal numbers");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedException("Unknown host: " + uri.getHost());
        }
        for (var a : addresses) {
            if (internal.test(a)) {
                throw new RefusedException("The address of " + uri.getHost() + " is not public");
            }
        }
        return uri;
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 // carrier-grade NAT
                    || first == 198 && (second == 18 || second == 19) || first >= 224;
        }
        if (a instanceof Inet6Address six && six.isIPv4CompatibleAddress()) { // ::a.b.c.d
            return internal(v4(b, 12));
        }
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) { // NAT64 64:ff9b::/96 (and /48)
            return internal(v4(b, 12));
        }
        if (b[0] == 0x20 && b[1] == 0x02) { // 6to4 2002:a.b.c.d::/48
            return internal(v4(b, 2));
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) { // Teredo 2001::/32 tunnels to any IPv4 address
            return true;
        }
        return (b[0] & 0xfe) == 0xfc // IPv6 unique local fc00::/7
                || (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0 // deprecated site-local fec0::/10
                || isZero(b, 0, 15) && b[15] <= 1; // :: and ::1 in any spelling
    }

    private static InetAddress v4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
