package org.liaison.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTests {

    /** RFC 6238 appendix B: the SHA-1 key is the ASCII of "12345678901234567890". */
    static final String RFC_KEY = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void computesTheRfc6238TestVectorsToSixDigits() {
        // 8-digit vectors 94287082, 07081804, 14050471, 89005924, 69279037, 65353130: their last six digits
        assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(1111111111))).isEqualTo("050471");
        assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
        assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(20000000000L))).isEqualTo("353130");
    }

    @Test
    void acceptsOneStepOfDriftEitherSideAndNoMore() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-28T09:00:10Z");
        long step = Totp.step(now);
        assertThat(Totp.verify(secret, Totp.code(secret, step), now, -1)).hasValue(step);
        assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now, -1)).hasValue(step - 1);
        assertThat(Totp.verify(secret, Totp.code(secret, step + 1), now, -1)).hasValue(step + 1);
        assertThat(Totp.verify(secret, Totp.code(secret, step - 2), now, -1)).isEmpty();
        assertThat(Totp.verify(secret, Totp.code(secret, step + 2), now, -1)).isEmpty();
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrEarlierIsRefused() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-28T09:00:10Z");
        long step = Totp.step(now);
        assertThat(Totp.verify(secret, Totp.code(secret, step), now, step)).isEmpty();
        assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now, step)).isEmpty();
        assertThat(Totp.verify(secret, Totp.code(secret, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void refusesMalformedInput() {
        String secret = Totp.newSecret();
        Instant now = Instant.now();
        for (String bad : new String[] { "", "12345", "1234567", "abcdef", "١٢٣٤٥٦", "12 34 5x", null }) {
            assertThat(Totp.verify(secret, bad, now, -1)).isEmpty();
        }
        String spaced = Totp.code(secret, now);
        assertThat(Totp.verify(secret, spaced.substring(0, 3) + " " + spaced.substring(3), now, -1)).isPresent();
    }

    @Test
    void secretsAreRandom160BitBase32AndTheUriIsWhatAppsRead() {
        var secrets = new HashSet<String>();
        for (int i = 0; i < 100; i++) {
            String secret = Totp.newSecret();
            assertThat(secret).matches("[A-Z2-7]{32}");
            assertThat(new Base32().decode(secret)).hasSize(20);
            secrets.add(secret);
        }
        assertThat(secrets).hasSize(100);
        assertThat(Totp.uri("Liaison", "committee member", "JBSWY3DPEHPK3PXP"))
                .isEqualTo("otpauth://totp/Liaison:committee%20member?secret=JBSWY3DPEHPK3PXP&issuer=Liaison"
                        + "&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.grouped("JBSWY3DPEHPK3PXP")).isEqualTo("JBSW Y3DP EHPK 3PXP");
    }

    @Test
    void recoveryCodesCarryMoreThan112BitsAndHashIgnoringCaseAndDashes() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        for (String code : codes) {
            assertThat(code).matches("([a-z2-9]{4}-){5}[a-z2-9]{4}");
            assertThat(RecoveryCodes.looksLikeOne(code)).isTrue();
        }
        // 24 symbols of a 31-letter alphabet
        assertThat(24 * Math.log(31) / Math.log(2)).isGreaterThan(112);
        String code = codes.get(0);
        assertThat(RecoveryCodes.hash(code.toUpperCase().replace("-", " "))).isEqualTo(RecoveryCodes.hash(code))
                .hasSize(64).doesNotContain(code.replace("-", ""));
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    }
}
