package org.liaison.directory.api;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.RelationType;
import org.liaison.directory.internal.RelationView;

/** "from" is (type) "to" over a period, e.g. Toshiba MEMBER_OF Keidanren. */
@Schema(name = "Relation")
record RelationJson(UUID id, long version, UUID from, String fromName, RelationType type, UUID to, String toName,
        @Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String note) {

    static RelationJson of(RelationView r) {
        return new RelationJson(r.id(), r.version(), r.from(), r.fromName(), r.type(), r.to(), r.toName(),
                r.validFrom(), r.validTo(), r.note());
    }
}
