package org.liaison.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

class TokenSecretsTests {

    @Test
    void generatesPrefixedTokensOf256RandomBits() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String token = TokenSecrets.generate();
            assertThat(token).startsWith("lia_").matches("lia_[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token.substring(4))).hasSize(32);
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void hashesAsLowerCaseHexSha256() {
        // echo -n abc | sha256sum
        assertThat(TokenSecrets.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
