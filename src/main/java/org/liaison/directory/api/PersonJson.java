package org.liaison.directory.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.PersonView;

/** A person with names in several scripts and their affiliations. */
@Schema(name = "Person")
record PersonJson(UUID id, long version, String name, List<NameJson> names, @Nullable String description,
        List<AffiliationJson> affiliations) {

    static PersonJson of(PersonView p) {
        return new PersonJson(p.id(), p.version(), p.primaryName(), p.names().stream().map(NameJson::of).toList(),
                p.description(), p.affiliations().stream().map(AffiliationJson::of).toList());
    }
}
