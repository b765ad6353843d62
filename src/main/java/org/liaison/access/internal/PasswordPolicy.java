package org.liaison.access.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.liaison.shared.RuleViolationException;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a password must be (OWASP ASVS 5.0 V6.2, NIST SP 800-63B): at least 8 characters, up to
 * 256 characters of any script (no composition rules), not one of the most common passwords, not
 * the username. Length counts Unicode code points after NFKC normalization, so 清华大学の研究 is 7.
 *
 * <p>"Common" is decided by zxcvbn (Dropbox's estimator, zxcvbn4j): its maintained lists (30,000
 * leaked passwords, English words, names) and patterns (keyboard walks, sequences, repeats, dates,
 * l33t) give an estimate of guesses; under {@value #MIN_GUESSES} is refused, the same as its score
 * 0 or 1. zxcvbn's lists are Latin-script and its keyboards US ones, so the shipped list of ~1,400
 * common passwords of our users' languages (Russian layouts, pinyin, romaji) still applies too.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;

    private static final String COMMON_PASSWORDS = "/access/common-passwords.txt";
    /** Fewer estimated guesses than this is too easy to guess (zxcvbn score 0 or 1). */
    static final double MIN_GUESSES = 1e6;
    /** zxcvbn's matching is quadratic; a weak password shows in its first 100 characters. */
    private static final int ESTIMATED_PREFIX = 100;
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the shipped list of common passwords. */
    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + COMMON_PASSWORDS);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var words = new HashSet<String>();
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(fold(word));
                }
            }
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a password that breaks the policy with a 422 whose code names the reason. */
    public void check(String password, String username) {
        String normalized = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalized.codePointCount(0, normalized.length());
        if (normalized.isBlank() || length < MIN_LENGTH) {
            throw new RuleViolationException("password-too-short",
                    "The password needs at least " + MIN_LENGTH + " characters", java.util.Map.of("min", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            throw new RuleViolationException("password-too-long",
                    "The password may have at most " + MAX_LENGTH + " characters", java.util.Map.of("max", MAX_LENGTH));
        }
        String folded = fold(normalized);
        if (!username.isBlank() && folded.equals(fold(username))) {
            throw new RuleViolationException("password-is-username", "The password cannot be the username");
        }
        if (common.contains(folded) || guesses(normalized, username) < MIN_GUESSES) {
            throw new RuleViolationException("password-too-common", "This password is among the most common ones");
        }
    }

    /** zxcvbn's estimate of the guesses an attacker needs, with the username as a known word. */
    static double guesses(String password, String username) {
        String prefix = password.codePointCount(0, password.length()) <= ESTIMATED_PREFIX ? password
                : password.substring(0, password.offsetByCodePoints(0, ESTIMATED_PREFIX));
        return ZXCVBN.measure(prefix, username.isBlank() ? List.of() : List.of(username)).getGuesses();
    }

    /** How many common passwords the policy knows; for tests and the documentation. */
    public int commonPasswordCount() {
        return common.size();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
