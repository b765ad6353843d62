package org.liaison.directory.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.PersonSummary;

/** A person in a list; the affiliations are at {@code href}. */
@Schema(name = "PersonItem")
record PersonItemJson(UUID id, long version, String name, List<NameJson> names, @Nullable String description,
        Instant updatedAt, String href) {

    static PersonItemJson of(PersonSummary p) {
        return new PersonItemJson(p.id(), p.version(), p.primaryName(), p.names().stream().map(NameJson::of).toList(),
                p.description(), p.updatedAt(), ApiFormats.BASE + "/people/" + p.id());
    }
}
