package org.liaison.support;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.liaison.access.internal.Totp;

/**
 * What a test user keeps of their second factor, like a phone with an authenticator app and a
 * sheet of recovery codes: the secret read from the enrolment page and the recovery codes shown
 * once. Codes are single use, so a user signing in twice within the same 30 seconds gets the next
 * step's code (the server accepts one step either side), then a recovery code. Keyed by the
 * application instance (its address, or its Spring context for MockMvc) and the username.
 */
public final class SecondFactorWallet {

    /** The enrolment page shows the key in this element, in groups of four. */
    private static final Pattern SECRET = Pattern.compile("<code id=\"totp-secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z0-9-]{29})</code></li>");

    private record Entry(String secret, Deque<String> recoveryCodes, long[] lastStep) {}

    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();

    private SecondFactorWallet() {
    }

    /** The key shown on the enrolment page's HTML. */
    public static String secretIn(String html) {
        var matcher = SECRET.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No authenticator key on the enrolment page");
        }
        return matcher.group(1).replace(" ", "");
    }

    /** The recovery codes shown once after enrolling. */
    public static List<String> recoveryCodesIn(String html) {
        return RECOVERY.matcher(html).results().map(m -> m.group(1)).toList();
    }

    /** A code for enrolling with this key now; remembered as used. */
    public static synchronized String enrolmentCode(String instance, String username, String secret) {
        long step = Totp.step(Instant.now());
        ENTRIES.put(key(instance, username), new Entry(secret, new ArrayDeque<>(), new long[] { step }));
        return Totp.code(secret, step);
    }

    /** Keeps the recovery codes shown after enrolling. */
    public static synchronized void keep(String instance, String username, List<String> recoveryCodes) {
        var entry = ENTRIES.get(key(instance, username));
        if (entry != null) {
            entry.recoveryCodes().clear();
            entry.recoveryCodes().addAll(recoveryCodes);
        }
    }

    /** Whether this user's key is known here. */
    public static boolean knows(String instance, String username) {
        return ENTRIES.containsKey(key(instance, username));
    }

    /** A code the server has not seen yet: the current step's or a later one's, else a recovery code. */
    public static synchronized String nextCode(String instance, String username) {
        var entry = ENTRIES.get(key(instance, username));
        if (entry == null) {
            throw new IllegalStateException("The second factor of " + username + " was enrolled elsewhere; "
                    + "sign it in with the same kind of helper that enrolled it");
        }
        long current = Totp.step(Instant.now());
        for (long step = current; step <= current + 1; step++) {
            if (step > entry.lastStep()[0]) {
                entry.lastStep()[0] = step;
                return Totp.code(entry.secret(), step);
            }
        }
        var recovery = entry.recoveryCodes().poll();
        if (recovery == null) {
            throw new IllegalStateException("No unused code left for " + username + " in this 30-second step");
        }
        return recovery;
    }

    private static String key(String instance, String username) {
        return instance + "|" + username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
