package org.liaison.relationships.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.relationships.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A board column lists the relationships with a next step by its due date, then those without one,
 * each by name; it is read as two ranged queries (dated, then undated), so every page boundary —
 * inside the dated rows, across the two, inside the undated rows — must give the same sequence as
 * the whole column.
 */
@SpringBootTest
@Tag("persistence")
class BoardColumnOrderIntegrationTests {

    @Autowired
    DirectoryService directory;
    @Autowired
    RelationshipService relationships;
    @Autowired
    RelationshipBoard boards;

    static <T> T asSystem(Supplier<T> work) {
        return ViewerContext.call(Viewer.system("relationships-test"), work);
    }

    @Test
    void everyPageOfAColumnContinuesTheOneBefore() {
        String area = "Column order " + UUID.randomUUID().toString().substring(0, 8);
        // name prefix, due date (null: no next step); expected: dated by date then name, then undated by name
        record Card(String prefix, LocalDate due) {}
        var cards = List.of(new Card("Column E", LocalDate.of(2031, 3, 1)), new Card("Column A", null),
                new Card("Column C", LocalDate.of(2031, 1, 10)), new Card("Column B", LocalDate.of(2031, 1, 10)),
                new Card("Column F", null), new Card("Column D", null), new Card("Column G", LocalDate.of(2030, 12, 1)));
        var idByPrefix = new java.util.HashMap<String, UUID>();
        for (var card : cards) {
            var org = asSystem(() -> directory.register(new OrganizationDraft(OrganizationKind.CORPORATION,
                    List.of(new NameInput(card.prefix() + " " + area, "en", true)), List.of(), "FI", null, null, null,
                    Set.of(area)))).id();
            var made = asSystem(() -> relationships.create(new OrganizationId(org), Stage.ENGAGED, null, null, null, null));
            if (card.due() != null) {
                asSystem(() -> relationships.plan(made.id(), made.version(), null, "Call back", card.due()));
            }
            idByPrefix.put(card.prefix(), made.id());
        }
        var expected = List.of("Column G", "Column B", "Column C", "Column E", "Column A", "Column D", "Column F")
                .stream().map(idByPrefix::get).toList();
        var filter = new RelationshipFilter(null, null, null, null, area);

        for (int size = 1; size <= 4; size++) {
            var seen = new ArrayList<UUID>();
            for (int offset = 0; offset < 9; offset += size) {
                int from = offset;
                int limit = size;
                var page = asSystem(() -> boards.column(filter, Stage.ENGAGED, from, limit, Locale.ENGLISH));
                assertThat(page).as("page at %d of %d", offset, size).hasSizeLessThanOrEqualTo(size);
                page.forEach(card -> seen.add(card.id()));
            }
            assertThat(seen).as("the column read %d at a time", size).containsExactlyElementsOf(expected);
        }
        var board = asSystem(() -> boards.board(filter, 3, Locale.ENGLISH));
        var engaged = board.columns().stream().filter(c -> c.stage() == Stage.ENGAGED).findFirst().orElseThrow();
        assertThat(engaged.total()).isEqualTo(7);
        assertThat(engaged.cards().stream().map(RelationshipView::id).toList()).containsExactlyElementsOf(expected.subList(0, 3));
    }
}
