package org.liaison.access.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the kind every
 * authenticator app shows. The maths is java-otp's; this class adds what a verifier needs: a
 * window of one step either side for clocks that drift, and single use (a code is accepted only
 * for a step later than the last accepted one, so a code seen over a shoulder cannot be replayed).
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** Steps accepted before and after the current one. */
    static final int WINDOW = 1;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    private Totp() {
    }

    /** A new random secret of 160 bits (RFC 4226's recommendation), Base32 without padding. */
    public static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return BASE32.encodeToString(bytes).replace("=", "");
    }

    /** The step number of an instant: seconds since the epoch divided by 30. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The code of a step, as the app shows it (leading zeros kept). */
    public static String code(String secret, long step) {
        try {
            var generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
            return generator.generateOneTimePasswordString(key(secret), Instant.ofEpochSecond(step * STEP.getSeconds()),
                    java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not a usable secret", e);
        }
    }

    /** The code for an instant. */
    public static String code(String secret, Instant at) {
        return code(secret, step(at));
    }

    /**
     * The step whose code this is, within the window around {@code now} and later than
     * {@code lastUsedStep}; empty when the code is wrong, too old, or already used.
     */
    public static OptionalLong verify(String secret, String code, Instant now, long lastUsedStep) {
        String given = code == null ? "" : code.replaceAll("\\s", "");
        if (given.length() != DIGITS || !given.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (step > lastUsedStep && constantTimeEquals(code(secret, step), given)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth URI authenticator apps read from the enrolment QR code. */
    public static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.getSeconds();
    }

    /** The secret in groups of four, easier to type by hand. */
    public static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static SecretKeySpec key(String secret) {
        byte[] bytes = BASE32.decode(secret.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
        if (bytes.length < 10) {
            throw new IllegalArgumentException("A secret needs at least 80 bits");
        }
        return new SecretKeySpec(bytes, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
