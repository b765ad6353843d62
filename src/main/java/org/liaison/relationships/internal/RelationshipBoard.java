package org.liaison.relationships.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.liaison.access.CurrentViewer;
import org.liaison.relationships.Stage;
import org.liaison.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationships as a board, a table, a list and coverage per country: filtered, sorted and
 * counted in SQL over the cards, within what the caller may read. Staff only.
 */
@Service
@Transactional(readOnly = true)
public class RelationshipBoard {

    static final int MAX_PAGE_SIZE = 200;

    private final RelationshipCards cards;
    private final RelationshipStageLabels stageLabels;
    private final RelationshipAccess access;
    private final CurrentViewer viewer;

    RelationshipBoard(RelationshipCards cards, RelationshipStageLabels stageLabels, RelationshipAccess access,
            CurrentViewer viewer) {
        this.cards = cards;
        this.stageLabels = stageLabels;
        this.access = access;
        this.viewer = viewer;
    }

    public RelationshipPage list(RelationshipFilter filter, int page, int size, Locale locale) {
        access.requireStaff();
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolationException("invalid-page", "page must be 0 or more, size between 1 and " + MAX_PAGE_SIZE);
        }
        return cards.page(filter, RelationshipCards.Sort.STAGE, false, page, size, viewer.get().readScope(), locale);
    }

    /** One page of the table, sorted by one of the fixed columns; filtered, sorted and counted in SQL. */
    public RelationshipPage table(RelationshipFilter filter, RelationshipCards.Sort sort, boolean descending, int page,
            int size, Locale locale) {
        access.requireStaff();
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolationException("invalid-page", "page must be 0 or more, size between 1 and " + MAX_PAGE_SIZE);
        }
        return cards.page(filter, sort, descending, page, size, viewer.get().readScope(), locale);
    }

    /** The board: per stage, the first {@code perColumn} cards under the filter and how many there are. */
    public Board board(RelationshipFilter filter, int perColumn, Locale locale) {
        access.requireStaff();
        var scope = viewer.get().readScope();
        var counts = cards.countsByStage(filter, scope);
        var labels = stageLabels.stageLabels(locale);
        var stages = java.util.Arrays.stream(Stage.values())
                .filter(s -> (filter.stage() == null || filter.stage() == s) && counts.get(s) > 0).toList();
        var shown = cards.columns(filter, stages, perColumn, scope, locale);
        var columns = new ArrayList<Board.Column>();
        for (Stage stage : Stage.values()) {
            columns.add(new Board.Column(stage, labels.get(stage), counts.get(stage),
                    shown.getOrDefault(stage, List.of())));
        }
        return new Board(columns);
    }

    /** More cards of one board column, from {@code offset}. */
    public List<RelationshipView> column(RelationshipFilter filter, Stage stage, int offset, int limit, Locale locale) {
        access.requireStaff();
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new RuleViolationException("invalid-page", "page must be 0 or more, size between 1 and " + MAX_PAGE_SIZE);
        }
        return cards.column(filter, stage, offset, limit, viewer.get().readScope(), locale);
    }

    /** The owners relationships have and the countries they are in, for the filters of the board and table. */
    public List<UUID> owners() {
        access.requireStaff();
        return cards.owners();
    }

    public List<String> countries() {
        access.requireStaff();
        return cards.countries();
    }

    /** The technology areas of the relationships' organizations, for the area filter. */
    public List<String> areas() {
        access.requireStaff();
        return cards.areas();
    }

    /** Per country: relationships by stage and by kind of organization, countries in code order. */
    public List<CountryCoverage> coverage() {
        return coverage(RelationshipFilter.ANY);
    }

    /** Coverage under a filter (kind, owner), counted in SQL. */
    public List<CountryCoverage> coverage(RelationshipFilter filter) {
        access.requireStaff();
        return cards.coverage(filter, viewer.get().readScope());
    }
}
