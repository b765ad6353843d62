package org.liaison.directory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.directory.internal.OrganizationView;

/**
 * The organization form as posted: official names with one primary (the index of its row),
 * aliases, and the describing fields. Blank name rows are ignored.
 *
 * @param technologyAreas comma-separated
 * @param version         the version the user edited; null when creating
 * @param notDuplicate    the user confirmed that none of the likely duplicates is this organization
 */
record OrganizationForm(
        @Nullable @NotNull OrganizationKind kind,
        @Valid List<NameRow> names,
        @Nullable Integer primary,
        @Valid List<NameRow> aliases,
        @Nullable @Pattern(regexp = "[A-Za-z]{2}") String country,
        @Nullable @Size(max = 200) String city,
        @Nullable @Size(max = 500) @Pattern(regexp = "(?i)https?://\\S+") String website,
        @Nullable @Size(max = 2000) String technologyAreas,
        @Nullable @Size(max = 4000) String description,
        @Nullable Long version,
        @Nullable Boolean notDuplicate) {

    static final int MAX_AREAS = 50;
    static final int MAX_AREA_LENGTH = 100;

    OrganizationForm {
        names = names == null ? List.of() : names.stream().map(n -> n == null ? NameRow.blank() : n).toList();
        aliases = aliases == null ? List.of() : aliases.stream().map(n -> n == null ? NameRow.blank() : n).toList();
        country = blankToNull(country);
        city = blankToNull(city);
        website = blankToNull(website);
        technologyAreas = blankToNull(technologyAreas);
        description = blankToNull(description);
    }

    static OrganizationForm empty() {
        return new OrganizationForm(null, List.of(NameRow.blank()), 0, List.of(NameRow.blank()), null, null, null,
                null, null, null, null);
    }

    static OrganizationForm of(OrganizationView view) {
        var names = view.names().stream().map(n -> new NameRow(n.text(), n.lang())).toList();
        int primary = IntStream.range(0, view.names().size()).filter(i -> view.names().get(i).primary())
                .findFirst().orElse(0);
        var aliases = view.aliases().stream().map(n -> new NameRow(n.text(), n.lang())).toList();
        return new OrganizationForm(view.kind(), names, primary, aliases, view.country(), view.city(),
                view.website(), String.join(", ", view.technologyAreas()), view.description(), view.version(),
                null);
    }

    /** The same input, with a blank row to fill in where a table has none. */
    OrganizationForm withBlankRows() {
        var n = names.isEmpty() ? List.of(NameRow.blank()) : names;
        var a = aliases.isEmpty() ? List.of(NameRow.blank()) : aliases;
        return new OrganizationForm(kind, n, primary == null ? 0 : primary, a, country, city, website,
                technologyAreas, description, version, notDuplicate);
    }

    boolean hasName() {
        return names.stream().anyMatch(n -> !n.isBlank());
    }

    boolean confirmedNotDuplicate() {
        return Boolean.TRUE.equals(notDuplicate);
    }

    List<String> areas() {
        if (technologyAreas == null) {
            return List.of();
        }
        return Arrays.stream(technologyAreas.split("[,;\\n]")).map(String::strip).filter(a -> !a.isEmpty())
                .distinct().toList();
    }

    boolean areasWithinLimits() {
        var areas = areas();
        return areas.size() <= MAX_AREAS && areas.stream().allMatch(a -> a.length() <= MAX_AREA_LENGTH);
    }

    /** The draft the directory service takes; call after validation. */
    OrganizationDraft toDraft() {
        return new OrganizationDraft(kind == null ? OrganizationKind.OTHER : kind, nameInputs(), aliasInputs(),
                country, city, website, description, new LinkedHashSet<>(areas()));
    }

    /** All non-blank names and aliases, to look for likely duplicates while the user types. */
    List<String> allNameTexts() {
        var all = new ArrayList<String>();
        names.stream().filter(n -> !n.isBlank()).forEach(n -> all.add(n.text().strip()));
        aliases.stream().filter(n -> !n.isBlank()).forEach(n -> all.add(n.text().strip()));
        return all;
    }

    private List<NameInput> nameInputs() {
        var inputs = new ArrayList<NameInput>();
        for (int i = 0; i < names.size(); i++) {
            var row = names.get(i);
            if (!row.isBlank()) {
                inputs.add(new NameInput(row.text().strip(), row.lang(), primary != null && primary == i));
            }
        }
        return inputs;
    }

    private List<NameInput> aliasInputs() {
        return aliases.stream().filter(n -> !n.isBlank()).map(n -> new NameInput(n.text().strip(), n.lang(), false))
                .toList();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
