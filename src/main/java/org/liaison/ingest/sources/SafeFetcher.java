package org.liaison.ingest.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Fetches http(s) URLs for ingestion without becoming a way into the hub's own network: every
 * address a host name resolves to is checked, on the first request and on each redirect, and
 * loopback, private, link-local, unique-local and multicast addresses are refused unless allowed,
 * also when written as IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4,
 * Teredo) or as decimal, octal or hex numbers. The HTTP client connects only to addresses of a
 * lookup that passed the same check (its name server is {@link PinningResolver}), so a name that
 * answers differently the second time (DNS rebinding) gets nowhere. Bodies are capped; redirects are
 * followed by hand (at most five).
 */
public final class SafeFetcher {

    /** Looks a host name up (tests give one that answers differently each time, as a rebinding name server does). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] lookup(String host) throws UnknownHostException;
    }

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

    private final CloseableHttpClient client;
    private final boolean allowPrivate;
    private final Predicate<InetAddress> internal;
    private final int maxBytes;
    private final Duration timeout;
    private final Resolver resolver;

    public SafeFetcher(boolean allowPrivate, int maxBytes, Duration timeout) {
        this(allowPrivate, SafeFetcher::internal, maxBytes, timeout);
    }

    /** With another rule for internal addresses (tests: an "outside" server on a loopback address). */
    SafeFetcher(Predicate<InetAddress> internal, int maxBytes, Duration timeout) {
        this(false, internal, maxBytes, timeout);
    }

    /** With another rule for internal addresses and another name server (tests: DNS rebinding). */
    SafeFetcher(Predicate<InetAddress> internal, Resolver resolver, int maxBytes, Duration timeout) {
        this(false, internal, resolver, maxBytes, timeout);
    }

    private SafeFetcher(boolean allowPrivate, Predicate<InetAddress> internal, int maxBytes, Duration timeout) {
        this(allowPrivate, internal, InetAddress::getAllByName, maxBytes, timeout);
    }

    private SafeFetcher(boolean allowPrivate, Predicate<InetAddress> internal, Resolver resolver, int maxBytes,
            Duration timeout) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
        this.internal = internal;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        var limit = Timeout.of(timeout);
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new PinningResolver())
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit).build())
                .build();
        // No system properties: a proxy from the environment would look the name up itself.
        this.client = HttpClients.custom().setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit)
                        .setConnectionRequestTimeout(limit).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .setUserAgent("Liaison ingestion").build();
    }

    public Response get(String url) throws IOException, RefusedException, InterruptedException {
        return get(url, null, null);
    }

    /** A conditional GET: with an ETag or Last-Modified from the previous answer, 304 means unchanged. */
    public Response get(String url, @Nullable String etag, @Nullable String lastModified)
            throws IOException, RefusedException, InterruptedException {
        URI uri = check(url);
        for (int hop = 0; hop <= 5; hop++) {
            var request = new HttpGet(uri);
            request.setHeader("Accept", "text/html,application/xhtml+xml,application/atom+xml,application/rss+xml,"
                    + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
            if (etag != null) {
                request.setHeader("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.setHeader("If-Modified-Since", lastModified);
            }
            Answer answer;
            try {
                answer = client.execute(request, this::answer);
            } catch (RefusedLookup e) {
                throw new RefusedException(e.getMessage());
            }
            int status = answer.status();
            if (status >= 300 && status < 400 && status != 304) {
                if (answer.location() == null) {
                    throw new IOException("Redirect without a location from " + uri);
                }
                uri = check(uri.resolve(answer.location()).toString());
                continue;
            }
            return new Response(status, answer.body(), answer.contentType(), answer.etag(), answer.lastModified(), uri);
        }
        throw new IOException("Too many redirects from " + url);
    }

    private record Answer(int status, byte[] body, @Nullable String contentType, @Nullable String etag,
            @Nullable String lastModified, @Nullable String location) {
    }

    private Answer answer(ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        boolean redirect = status >= 300 && status < 400 && status != 304;
        byte[] body = new byte[0];
        if (!redirect && response.getEntity() != null) {
            try (var in = response.getEntity().getContent()) {
                body = read(in);
            }
        }
        return new Answer(status, body, header(response, "Content-Type"), header(response, "ETag"),
                header(response, "Last-Modified"), header(response, "Location"));
    }

    private static @Nullable String header(ClassicHttpResponse response, String name) {
        var header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /**
     * The client's name server: the lookup whose addresses the client connects to is the one that is
     * checked, so a name cannot answer a public address to {@link #check} and an internal one to the
     * connection (DNS rebinding). Every connection (first request and each redirect hop) goes through it.
     */
    private final class PinningResolver implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = resolver.lookup(host);
            if (!allowPrivate) {
                for (var a : addresses) {
                    if (internal.test(a)) {
                        throw new RefusedLookup("The address of " + host + " is not public");
                    }
                }
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    /** A lookup whose answer may not be connected to; it ends the request and becomes a {@link RefusedException}. */
    private static final class RefusedLookup extends UnknownHostException {
        RefusedLookup(String message) {
            super(message);
        }
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
            addresses = resolver.lookup(uri.getHost());
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
