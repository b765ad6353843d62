package org.liaison.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Every name the directory knows, with its readings in Latin letters, for linking names found in
 * text (the ingestion module's gazetteer). Merged organizations and confidential records are left
 * out, so linking never reveals a name a staff member may not see.
 */
public interface DirectoryNames {

    /**
     * @param id the organization's or person's id
     * @param names primary and official names first, then aliases, then readings
     * @param kind the contract label of the organization's kind ("innovation hub"), null for people
     */
    record Named(String id, String name, List<String> names, @Nullable String kind, @Nullable String country) {

        public Named {
            names = List.copyOf(names);
        }
    }

    List<Named> organizations();

    List<Named> people();
}
