package org.liaison.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt over the SHA-256 of the password. BCrypt reads at most 72 bytes, and Spring Security
 * refuses longer input, while 64 Chinese or Japanese characters are 192 bytes of UTF-8; hashing
 * first (Base64, 44 bytes) lets any length and script through without truncation. The password is
 * NFKC-normalized first, so the same password typed on different systems matches.
 */
final class PrehashingBcryptPasswordEncoder implements PasswordEncoder {

    static final String ID = "bcrypt-sha256";

    private final BCryptPasswordEncoder bcrypt;

    PrehashingBcryptPasswordEncoder(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    /**
     * The encoder for stored passwords: new hashes are {@code {bcrypt-sha256}...}; plain
     * {@code {bcrypt}} hashes (e.g. set by an operator) still match and are upgraded at sign-in.
     */
    static PasswordEncoder delegating() {
        var encoders = Map.<String, PasswordEncoder>of(
                ID, new PrehashingBcryptPasswordEncoder(10),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ID, encoders);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return rawPassword == null ? null : bcrypt.encode(prehash(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || encodedPassword.isEmpty()) {
            return false;
        }
        return bcrypt.matches(prehash(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return encodedPassword != null && bcrypt.upgradeEncoding(encodedPassword);
    }

    static String prehash(CharSequence raw) {
        String normalized = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
