package org.liaison.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PrehashingBcryptPasswordEncoderTests {

    static final org.springframework.security.crypto.password.PasswordEncoder encoder =
            PrehashingBcryptPasswordEncoder.delegating();

    @Test
    void hashesWithTheDelegatingPrefixAndMatchesOnlyTheSamePassword() {
        String hash = encoder.encode("demo-manager-2012");
        assertThat(hash).startsWith("{bcrypt-sha256}$2a$10$");
        assertThat(encoder.matches("demo-manager-2012", hash)).isTrue();
        assertThat(encoder.matches("demo-manager-2013", hash)).isFalse();
    }

    @Test
    void passwordsLongerThanBcryptsSeventyTwoBytesAreNotTruncated() {
        // Plain bcrypt reads 72 bytes: two passwords equal in those would collide. Prehashing keeps them apart.
        String prefix = "清华大学".repeat(6); // 24 characters, 72 bytes of UTF-8
        String hash = encoder.encode(prefix + "一");
        assertThat(encoder.matches(prefix + "一", hash)).isTrue();
        assertThat(encoder.matches(prefix + "二", hash)).isFalse();
    }

    @Test
    void normalizesUnicodeSoComposedAndDecomposedFormsMatch() {
        String composed = "Pokémon-Tōhoku-2012";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(encoder.matches(decomposed, encoder.encode(composed))).isTrue();
    }

    @Test
    void stillMatchesPlainBcryptHashesAndAsksToUpgradeThem() {
        String legacy = "{bcrypt}" + new BCryptPasswordEncoder().encode("an-old-password");
        assertThat(encoder.matches("an-old-password", legacy)).isTrue();
        assertThat(encoder.upgradeEncoding(legacy)).isTrue();
        assertThat(encoder.upgradeEncoding(encoder.encode("a-new-password"))).isFalse();
    }
}
