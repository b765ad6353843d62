package org.liaison.operations.imports;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;
import org.liaison.relationships.Stage;

/**
 * One good row of an import file: an organization, optionally a person affiliated with it (in a
 * role), optionally the stage of the hub's relationship with it.
 *
 * @param row the row's number in the file, the header being row 1
 * @param country ISO 3166-1 alpha-2
 * @param website as written (the matcher compares its host)
 */
public record ImportRow(int row, String organization, List<String> aliases, @Nullable OrganizationKind kind,
        @Nullable String country, @Nullable String city, @Nullable String website, @Nullable String description,
        @Nullable String person, @Nullable String role, @Nullable Stage stage) {

    public ImportRow {
        aliases = List.copyOf(aliases);
    }
}
