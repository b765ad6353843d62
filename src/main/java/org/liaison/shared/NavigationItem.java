package org.liaison.shared;

import java.util.Collection;
import java.util.Set;

/**
 * A link in the main navigation of every page. Each module contributes its links as beans of
 * this type; the layout shows, in {@link #order()}, those the current user may use.
 *
 * @param order       position in the navigation, lower first (the directory is 100)
 * @param labelKey    message key of the link text, in the contributing module's bundle
 * @param path        the link target inside the application, e.g. {@code /directory}; the link is
 *                    marked current on this path and below it
 * @param authorities shown to users holding any of these authorities (e.g. {@code ROLE_PARTNER});
 *                    empty shows the link to everyone, anonymous visitors included
 */
public record NavigationItem(int order, String labelKey, String path, Set<String> authorities) {

    public NavigationItem {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A navigation path starts with /: " + path);
        }
        authorities = Set.copyOf(authorities);
    }

    /** A link for everyone, anonymous visitors included. */
    public static NavigationItem forEveryone(int order, String labelKey, String path) {
        return new NavigationItem(order, labelKey, path, Set.of());
    }

    /** A link for users holding any of the given authorities. */
    public static NavigationItem forAuthorities(int order, String labelKey, String path,
            Collection<String> authorities) {
        if (authorities.isEmpty()) {
            throw new IllegalArgumentException("Name at least one authority, or use forEveryone");
        }
        return new NavigationItem(order, labelKey, path, Set.copyOf(authorities));
    }

    /** Whether a user with these authorities sees the link. */
    public boolean isVisibleTo(Collection<String> userAuthorities) {
        return authorities.isEmpty() || userAuthorities.stream().anyMatch(authorities::contains);
    }

    /** Whether the link points at the page on this path, or at a section containing it. */
    public boolean isCurrent(String requestPath) {
        return requestPath.equals(path) || (!path.equals("/") && requestPath.startsWith(path + "/"));
    }
}
