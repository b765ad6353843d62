package org.liaison.directory.search;

import java.net.URI;
import java.util.Locale;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.jspecify.annotations.Nullable;

/** Indexes a website by its host, lower case and without "www.", so http and https, paths and case do not matter. */
public class WebsiteHostBridge implements ValueBridge<String, String> {

    @Override
    public @Nullable String toIndexedValue(@Nullable String value, ValueBridgeToIndexedValueContext context) {
        return host(value);
    }

    /** The host of a website address, or null when there is none. */
    public static @Nullable String host(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String s = website.strip();
        if (!s.contains("://")) {
            s = "http://" + s;
        }
        String host;
        try {
            host = URI.create(s).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null) {
            String rest = s.substring(s.indexOf("://") + 3);
            int end = rest.indexOf('/');
            host = end < 0 ? rest : rest.substring(0, end);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.isBlank() ? null : host;
    }
}
