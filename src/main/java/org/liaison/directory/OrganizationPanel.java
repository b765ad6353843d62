package org.liaison.directory;

import java.util.Optional;

/**
 * A section that another module adds to the organization page: the relationship stage, the
 * agreements, the engagements, the fund's deals with an organization. Register a bean of this
 * type; the page shows every panel that has something to show, in {@link #order()}, each under
 * its title.
 *
 * <p>The fragment is rendered with two variables: {@code panel}, the model this panel returned,
 * and {@code organization}, the {@link OrganizationId}. A panel reads through its own module's
 * query services, in its own transaction, and applies its own access rules.
 */
public interface OrganizationPanel {

    /** Position on the page, lower first. */
    int order();

    /** Message key of the panel's heading, in the contributing module's bundle. */
    String titleKey();

    /**
     * The Thymeleaf fragment that renders the panel, as {@code "template :: selector"}, e.g.
     * {@code "relationships/panels :: stage"}.
     */
    String fragment();

    /**
     * The panel's model for one organization and the current viewer; empty hides the panel
     * (nothing to show, or nothing this viewer may see).
     */
    Optional<?> model(OrganizationId organization);
}
