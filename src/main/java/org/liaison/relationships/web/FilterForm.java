package org.liaison.relationships.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;
import org.liaison.relationships.internal.RelationshipFilter;

/**
 * The filters of the board, the table and the coverage as the query string carries them; an
 * unknown kind or a malformed owner id is ignored rather than refused (it is a link, not input).
 */
record FilterForm(@Nullable String country, @Nullable String kind, @Nullable String owner, @Nullable String area) {

    static FilterForm of(@Nullable String country, @Nullable String kind, @Nullable String owner,
            @Nullable String area) {
        return new FilterForm(blank(country), blank(kind), blank(owner), blank(area));
    }

    RelationshipFilter toFilter() {
        String code = country == null || !country.matches("[A-Za-z]{2}") ? null : country.toUpperCase(Locale.ROOT);
        OrganizationKind parsed = kind == null ? null : OrganizationKind.parse(kind).orElse(null);
        return new RelationshipFilter(code, parsed, null, ownerId(), area);
    }

    @Nullable UUID ownerId() {
        if (owner == null) {
            return null;
        }
        try {
            return UUID.fromString(owner);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The filters as query parameters, for links that keep them. */
    Map<String, String> params() {
        var params = new LinkedHashMap<String, String>();
        var f = toFilter();
        if (f.country() != null) {
            params.put("country", f.country());
        }
        if (f.kind() != null) {
            params.put("kind", f.kind().name());
        }
        if (f.owner() != null) {
            params.put("owner", f.owner().toString());
        }
        if (f.area() != null) {
            params.put("area", f.area());
        }
        return params;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
