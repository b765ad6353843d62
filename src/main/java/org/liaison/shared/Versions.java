package org.liaison.shared;

import org.jspecify.annotations.Nullable;

/** ETag and If-Match for optimistic locking over HTTP: the ETag of a record is its version. */
public final class Versions {

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version a client based its write on: from {@code If-Match} when present, otherwise
     * from the body. A write with neither is refused as a rule violation (428 semantics, 422 here).
     */
    public static long expected(@Nullable String ifMatch, @Nullable Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String value = ifMatch.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            value = value.replace("\"", "");
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new RuleViolationException("invalid-if-match", "If-Match must be an ETag of this API");
            }
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new RuleViolationException("version-required", "Send If-Match with the ETag you read, or the version in the body");
    }

    public static void check(String kind, Object id, long expected, long current) {
        if (expected != current) {
            throw new StaleVersionException(kind, id, expected, current);
        }
    }
}
