package org.liaison.access;

import java.util.List;

/**
 * Paths that anonymous visitors may read (GET and HEAD), as Spring path patterns such as
 * {@code /news/**}. The security configuration collects every bean of this type, so a module
 * that publishes public pages declares one, e.g.
 * {@code @Bean PublicPaths newsIsPublic() { return PublicPaths.of("/news/**", "/feeds/**"); }}.
 * Writes to public paths still need a signed-in user. The base list lives in
 * {@code access.internal.SecurityConfiguration#BASE_PUBLIC_PATHS}.
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
        for (String pattern : patterns) {
            if (!pattern.startsWith("/")) {
                throw new IllegalArgumentException("A public path pattern starts with /: " + pattern);
            }
        }
    }

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
