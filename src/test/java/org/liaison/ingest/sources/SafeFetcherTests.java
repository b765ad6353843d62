package org.liaison.ingest.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** URLs pointing into the hub's own network are refused unless a setting allows them. */
class SafeFetcherTests {

    final SafeFetcher strict = new SafeFetcher(false, 1024, Duration.ofSeconds(2));

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/admin", "http://localhost:8080/", "http://10.1.2.3/", "http://192.168.0.1/",
            "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/",
            "http://100.64.0.1/", "file:///etc/passwd", "ftp://example.org/", "gopher://example.org/"})
    void refusesLoopbackPrivateAndNonHttpUrls(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(SafeFetcher.RefusedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://203.0.113.10/feed", "http://198.51.100.7/news"})
    void acceptsPublicAddresses(String url) throws Exception {
        assertThat(strict.check(url).toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:1234/feed", "http://localhost/"})
    void allowsPrivateAddressesWhenTheSettingSaysSo(String url) throws Exception {
        assertThat(new SafeFetcher(true, 1024, Duration.ofSeconds(2)).check(url)).isNotNull();
    }
}
