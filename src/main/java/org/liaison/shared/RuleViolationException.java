package org.liaison.shared;

import java.util.Map;

/**
 * A request that is well-formed but breaks a domain rule (422). The code names a message key in
 * the {@code errors} bundle so pages can show it in the user's language.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;
    private final Map<String, Object> details;

    public RuleViolationException(String code, String message) {
        this(code, message, Map.of());
    }

    public RuleViolationException(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
