package org.liaison.shared;

/** A write based on a version that is no longer the current one: 409. */
public class StaleVersionException extends RuntimeException {

    private final long expected;
    private final long current;

    public StaleVersionException(String kind, Object id, long expected, long current) {
        super(kind + " " + id + " is at version " + current + ", not " + expected);
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
