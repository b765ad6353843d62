package org.liaison.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A browser without a browser, for page tests that need no JavaScript: it keeps the session and
 * language cookies, signs in through the login form, and sends the CSRF token of the last page
 * with every form it posts. Redirects are not followed, so tests see them.
 */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private @Nullable String csrf;

    public PageClient(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A page as the server answered it. */
    public record Page(int status, String body, Map<String, List<String>> headers) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        /** The path a redirect leads to, without scheme, host and port. */
        public String location() {
            return header("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
        }
    }

    public Page get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().header("Accept", "text/html");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** Posts a form with the CSRF token of the last page (fetching the start page first if needed). */
    public Page post(String path, List<String[]> fields, String... headers) {
        if (csrf == null) {
            get("/");
        }
        var body = new ArrayList<String>();
        body.add("_csrf=" + encode(csrf));
        fields.forEach(f -> body.add(encode(f[0]) + "=" + encode(f[1])));
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", body)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /**
     * Posts a multipart form as a browser does: the fields, then the file, then the CSRF token of
     * the last page (where a form's hidden token field stands, at its end).
     */
    public Page postMultipart(String path, List<String[]> fields, String part, String fileName, String type, byte[] content) {
        if (csrf == null) {
            get("/");
        }
        String boundary = "----LiaisonBoundary" + Long.toHexString(System.nanoTime());
        var body = new java.io.ByteArrayOutputStream();
        var all = new ArrayList<>(fields);
        for (String[] field : all) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1]
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html");
        return send(request.build());
    }

    /**
     * Signs in with the login form; afterwards every request is this user's. A user who needs a
     * second factor sets up the authenticator on the enrolment page the first time and gives its
     * next code afterwards ({@link SecondFactorWallet}).
     */
    public PageClient signIn(String username, String password) {
        get("/login");
        var page = post("/login", List.of(new String[] { "username", username }, new String[] { "password", password }));
        if (page.status() == 302 && page.location().startsWith(ENROL)) {
            var enrolment = get(ENROL);
            String secret = SecondFactorWallet.secretIn(enrolment.body());
            page = post(ENROL, List.<String[]>of(new String[] { "code",
                    SecondFactorWallet.enrolmentCode(baseUrl, username, secret) }));
            var codes = SecondFactorWallet.recoveryCodesIn(page.body());
            if (codes.isEmpty()) {
                throw new IllegalStateException("Enrolling the second factor of " + username + " failed: " + page.status());
            }
            SecondFactorWallet.keep(baseUrl, username, codes);
            csrf = null;
            return this;
        }
        if (page.status() == 302 && page.location().startsWith(STEP)) {
            get(STEP);
            page = post(STEP, List.<String[]>of(new String[] { "code", SecondFactorWallet.nextCode(baseUrl, username) }));
        }
        if (page.status() != 302 || page.location().contains("/login")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + page.status() + " " + page.location());
        }
        csrf = null;
        return this;
    }

    private static final String ENROL = "/account/second-factor";
    private static final String STEP = "/login/second-factor";

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private Page send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            } else {
                var field = CSRF_FIELD.matcher(response.body());
                if (field.find()) {
                    csrf = field.group(1);
                }
            }
            return new Page(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(@Nullable String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
