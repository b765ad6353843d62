package org.liaison.shared;

/**
 * The extension point through which each module contributes its part of the reference story.
 * Contributors run in {@link #order()} on the first start of an empty database, when demo data
 * is enabled, each in its own transaction. They must be idempotent: running one twice adds nothing.
 */
public interface DemoDataContributor {

    /** Lower runs first; the directory is 100, modules building on it use higher numbers. */
    int order();

    /** A short name for the log. */
    String name();

    void contribute();
}
