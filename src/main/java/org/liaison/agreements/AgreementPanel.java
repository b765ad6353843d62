package org.liaison.agreements;

import java.util.Optional;

/**
 * A section another module adds to the agreement page, such as operations' history of changes.
 * Register a bean of this type; the page shows every panel that has something to show, in
 * {@link #order()}, each under its title. The fragment is rendered with the variable
 * {@code panel}, the model this panel returned. A panel applies its own access rules; the page
 * itself is shown only to those who may see the agreement.
 */
public interface AgreementPanel {

    /** Position on the page, lower first. */
    int order();

    /** Message key of the panel's heading, in the contributing module's bundle. */
    String titleKey();

    /** The Thymeleaf fragment that renders the panel, as {@code "template :: selector"}. */
    String fragment();

    /** The panel's model for one agreement and the current viewer; empty hides the panel. */
    Optional<?> model(AgreementId agreement);
}
