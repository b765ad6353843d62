package org.liaison.directory;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An organization as other modules show it: its primary name, all its names with their language
 * tags, its kind, where it is and its technology areas.
 *
 * @param mergedInto set when this organization was merged into another, which now stands for it
 * @param technologyAreas the technology areas it works in, as the directory records them (in its order)
 */
public record OrganizationSummary(OrganizationId id, String name, @Nullable String lang, List<Name> names,
        OrganizationKind kind, @Nullable String country, @Nullable String city, @Nullable OrganizationId mergedInto,
        List<String> technologyAreas) {

    public OrganizationSummary {
        names = List.copyOf(names);
        technologyAreas = List.copyOf(technologyAreas);
    }

    /** A summary without technology areas (the shape before they were added). */
    public OrganizationSummary(OrganizationId id, String name, @Nullable String lang, List<Name> names,
            OrganizationKind kind, @Nullable String country, @Nullable String city,
            @Nullable OrganizationId mergedInto) {
        this(id, name, lang, names, kind, country, city, mergedInto, List.of());
    }

    /** A name with its BCP 47 language tag; aliases are abbreviations and other informal names. */
    public record Name(String text, @Nullable String lang, boolean alias) {}

    /**
     * The official name in the language of {@code locale} when there is one ("東芝" for Japanese,
     * "Toshiba" for English), otherwise the primary name.
     */
    public String nameIn(Locale locale) {
        return names.stream()
                .filter(n -> !n.alias() && n.lang() != null
                        && Locale.forLanguageTag(n.lang()).getLanguage().equals(locale.getLanguage()))
                .map(Name::text)
                .findFirst()
                .orElse(name);
    }
}
