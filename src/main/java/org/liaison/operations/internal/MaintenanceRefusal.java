package org.liaison.operations.internal;

/** A write that arrived during maintenance; answered with 503 and Retry-After. */
public class MaintenanceRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    MaintenanceRefusal(long retryAfterSeconds) {
        super("Refused during maintenance", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
