package org.liaison.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.PersonDraft;
import org.liaison.directory.internal.PersonView;

/** The person form as posted: names in several scripts, one primary, and a description. */
record PersonForm(@Valid List<NameRow> names, @Nullable Integer primary,
        @Nullable @Size(max = 4000) String description, @Nullable Long version) {

    PersonForm {
        names = names == null ? List.of() : names.stream().map(n -> n == null ? NameRow.blank() : n).toList();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    static PersonForm empty() {
        return new PersonForm(List.of(NameRow.blank(), NameRow.blank()), 0, null, null);
    }

    static PersonForm of(PersonView view) {
        var names = view.names().stream().map(n -> new NameRow(n.text(), n.lang())).toList();
        int primary = IntStream.range(0, view.names().size()).filter(i -> view.names().get(i).primary())
                .findFirst().orElse(0);
        return new PersonForm(names, primary, view.description(), view.version());
    }

    PersonForm withBlankRows() {
        return new PersonForm(names.isEmpty() ? List.of(NameRow.blank()) : names, primary == null ? 0 : primary,
                description, version);
    }

    boolean hasName() {
        return names.stream().anyMatch(n -> !n.isBlank());
    }

    PersonDraft toDraft() {
        var inputs = new ArrayList<NameInput>();
        for (int i = 0; i < names.size(); i++) {
            var row = names.get(i);
            if (!row.isBlank()) {
                inputs.add(new NameInput(row.text().strip(), row.lang(), primary != null && primary == i));
            }
        }
        return new PersonDraft(inputs, description);
    }
}
