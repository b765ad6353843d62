package org.liaison.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * DNS rebinding: a name server that answers a public address when the fetcher checks the name and a
 * loopback address when the HTTP client connects must not get a request into the hub's own network.
 * Two servers listen on the same port: the "outside" one on 127.0.0.2 (public to these fetchers) and
 * the "inside" one on 127.0.0.1. The URLs name {@code localhost}, so a client that looked the name
 * up again by itself (as the JDK client did) would reach the inside server; the fetcher must connect
 * to the address it checked, and check every address it connects to, on every redirect hop too.
 */
class SafeFetcherRebindingTests {

    static final InetAddress OUTSIDE = address("127.0.0.2");
    static final InetAddress INSIDE = address("127.0.0.1");

    HttpServer outside;
    HttpServer inside;
    int port;
    final AtomicInteger insideRequests = new AtomicInteger();
    final AtomicInteger lookups = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        for (int attempt = 0; inside == null; attempt++) {
            outside = HttpServer.create(new InetSocketAddress(OUTSIDE, 0), 0);
            port = outside.getAddress().getPort();
            try {
                inside = HttpServer.create(new InetSocketAddress(INSIDE, port), 0);
            } catch (BindException e) {
                outside.stop(0);
                if (attempt > 20) {
                    throw e;
                }
            }
        }
        inside.createContext("/", exchange -> {
            insideRequests.incrementAndGet();
            answer(exchange, 200, "internal secret");
        });
        inside.start();
    }

    @AfterEach
    void stop() {
        outside.stop(0);
        inside.stop(0);
    }

    @Test
    void aNameThatAnswersPublicThenLoopbackIsRefused() {
        outside.createContext("/", exchange -> answer(exchange, 200, "outside"));
        outside.start();
        var fetcher = fetcher(host -> lookups.getAndIncrement() == 0 ? new InetAddress[] {OUTSIDE}
                : new InetAddress[] {INSIDE});

        assertThatThrownBy(() -> fetcher.get("http://localhost:" + port + "/feed"))
                .isInstanceOf(SafeFetcher.RefusedException.class).hasMessageContaining("not public");
        assertThat(insideRequests).hasValue(0);
        assertThat(lookups.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theConnectionGoesToTheAddressThatWasChecked() throws Exception {
        outside.createContext("/", exchange -> answer(exchange, 200, "outside"));
        outside.start();
        var fetcher = fetcher(host -> new InetAddress[] {OUTSIDE});

        var response = fetcher.get("http://localhost:" + port + "/feed");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).asString(StandardCharsets.UTF_8).isEqualTo("outside");
        assertThat(insideRequests).hasValue(0);
    }

    @Test
    void aNameThatRebindsAfterTheFirstHopIsRefusedOnTheRedirect() {
        var served = new AtomicBoolean();
        outside.createContext("/", exchange -> {
            served.set(true);
            exchange.getResponseHeaders().add("Location", "http://localhost:" + port + "/next");
            answer(exchange, 302, "");
        });
        outside.start();
        var fetcher = fetcher(host -> served.get() ? new InetAddress[] {INSIDE} : new InetAddress[] {OUTSIDE});

        assertThatThrownBy(() -> fetcher.get("http://localhost:" + port + "/start"))
                .isInstanceOf(SafeFetcher.RefusedException.class);
        assertThat(served).isTrue();
        assertThat(insideRequests).hasValue(0);
    }

    /** A fetcher that treats the outside server's address as public and everything else as the real rule does. */
    static SafeFetcher fetcher(SafeFetcher.Resolver resolver) {
        return new SafeFetcher(a -> !a.equals(OUTSIDE) && SafeFetcher.internal(a), resolver, 1024, Duration.ofSeconds(5));
    }

    static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
