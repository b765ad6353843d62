package org.liaison.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

/**
 * The SSRF guard against the address forms that fooled other filters (checklist item 13):
 * IPv4-mapped, IPv4-compatible, NAT64 and 6to4 IPv6 forms of internal IPv4 addresses, decimal,
 * octal and hex IPv4 forms, link-local and unique-local IPv6, user-info and fragment tricks, and
 * redirects from an allowed address to refused ones (followed by hand, each hop checked).
 */
class SafeFetcherAddressTests {

    final SafeFetcher strict = new SafeFetcher(false, 1024, Duration.ofSeconds(2));
    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // IPv4-mapped IPv6 (hex and dotted) of loopback, private, link-local (cloud metadata)
            "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[0:0:0:0:0:ffff:192.168.1.1]/",
            "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "http://[::ffff:10.0.0.1]:8080/",
            // IPv4-compatible, NAT64 and 6to4 forms embedding internal IPv4 addresses
            "http://[::127.0.0.1]/", "http://[::7f00:1]/", "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::10.1.2.3]/",
            "http://[2002:7f00:1::]/", "http://[2002:a9fe:a9fe::1]/", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
            // IPv6 loopback, unspecified, link-local, unique-local, multicast, site-local
            "http://[::1]:8080/", "http://[0:0:0:0:0:0:0:1]/", "http://[::]/", "http://[fe80::1]/", "http://[fd12:3456::1]/",
            "http://[fc00::1]/", "http://[ff02::1]/", "http://[fec0::1]/",
            // decimal, octal, hex and short IPv4 forms
            "http://2130706433/", "http://0x7f000001/", "http://0x7f.0.0.1/", "http://0177.0.0.1/", "http://017700000001/",
            "http://127.1/", "http://0/", "http://0.0.0.0:8080/", "http://3232235777/", "http://0300.0250.0.1/",
            "http://10.0.0.1/", "http://172.31.255.255/", "http://169.254.169.254/", "http://100.100.100.200/",
            "http://224.0.0.1/", "http://255.255.255.255/",
            // names and URL tricks
            "http://LOCALHOST/", "http://localhost./", "http://example.org@127.0.0.1/", "http://127.0.0.1#@example.org/",
            "HTTP://127.0.0.1/", "jar:http://203.0.113.10/x.jar!/", "http:///127.0.0.1/",
            "http:127.0.0.1/", "//127.0.0.1/"})
    void refusesInternalAddressesInEveryForm(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(SafeFetcher.RefusedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://203.0.113.10/feed", "http://[2001:db8::1]/", "http://[::ffff:203.0.113.10]/",
            "http://[64:ff9b::cb00:710a]/", "http://8.8.8.8/"})
    void acceptsPublicAddressesInTheirForms(String url) throws Exception {
        assertThat(strict.check(url)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/", "http://[::ffff:127.0.0.1]:%d/", "http://2130706433:%d/",
            "http://localhost:%d/", "http://[::1]:%d/", "http://169.254.169.254/", "http://10.0.0.1/"})
    void aRedirectToAnInternalAddressIsRefusedAndNotFollowed(String target) throws Exception {
        var hits = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        int port = server.getAddress().getPort();
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/start")) {
                exchange.getResponseHeaders().add("Location", target.formatted(port).replace(":" + port + "/", ":" + port + "/inside"));
                exchange.sendResponseHeaders(302, -1);
            } else {
                hits.incrementAndGet();
                byte[] body = "internal".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        // A fetcher that treats 127.0.0.2 (the "outside" server) as public and everything else as usual.
        var fetcher = new SafeFetcher(a -> !a.getHostAddress().equals("127.0.0.2") && SafeFetcher.internal(a), 1024,
                Duration.ofSeconds(5));
        assertThat(fetcher.get("http://127.0.0.2:" + port + "/inside").body()).asString().isEqualTo("internal");
        hits.set(0);
        assertThatThrownBy(() -> fetcher.get("http://127.0.0.2:" + port + "/start"))
                .isInstanceOf(SafeFetcher.RefusedException.class);
        assertThat(hits).hasValue(0);
    }

    @Test
    void theRealPolicyRefusesTheTestServersAddressItself() {
        assertThatThrownBy(() -> strict.check("http://127.0.0.2/")).isInstanceOf(SafeFetcher.RefusedException.class);
    }

}
