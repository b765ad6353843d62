package org.liaison.relationships.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.liaison.relationships.Stage;
import org.liaison.relationships.internal.RelationshipBoard;
import org.liaison.relationships.internal.RelationshipCards;
import org.liaison.relationships.internal.RelationshipService;
import org.liaison.relationships.internal.RelationshipStageLabels;
import org.liaison.relationships.internal.RelationshipView;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board and the table of relationships, and moving a card. A move carries the version the
 * card was read at: a stale move is refused with a message on the board, which shows the current
 * state again, so nothing is lost and nothing is overwritten.
 */
@Controller
class RelationshipPagesController {

    static final int PER_COLUMN = 25;
    static final int TABLE_SIZE = 50;

    private final RelationshipService relationships;
    private final RelationshipBoard board;
    private final RelationshipStageLabels stageLabels;
    private final RelationshipPageModel page;
    private final PageSupport support;

    RelationshipPagesController(RelationshipService relationships, RelationshipBoard board,
            RelationshipStageLabels stageLabels, RelationshipPageModel page, PageSupport support) {
        this.relationships = relationships;
        this.board = board;
        this.stageLabels = stageLabels;
        this.page = page;
        this.support = support;
    }

    @GetMapping("/relationships")
    String board(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String area,
            Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        var filter = FilterForm.of(country, kind, owner, area);
        boardModel(filter, model, locale);
        return Htmx.wantsFragment(request, response) ? "relationships/board :: board" : "relationships/board";
    }

    /** More cards of a column, for its "more" link: the cards and a new link when even more remain. */
    @GetMapping("/relationships/column")
    String column(@RequestParam Stage stage, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String area,
            Model model, Locale locale) {
        var filter = FilterForm.of(country, kind, owner, area);
        support.filters(filter, locale, model);
        List<RelationshipView> cards = board.column(filter.toFilter(), stage, Math.max(0, offset), PER_COLUMN + 1,
                locale);
        boolean more = cards.size() > PER_COLUMN;
        model.addAttribute("stage", stage);
        model.addAttribute("cards", more ? cards.subList(0, PER_COLUMN) : cards);
        model.addAttribute("nextOffset", more ? Math.max(0, offset) + PER_COLUMN : -1);
        return "relationships/cards :: more-cards";
    }

    @GetMapping("/relationships/table")
    String table(@RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        var filter = FilterForm.of(country, kind, owner, area);
        var order = RelationshipCards.Sort.parse(sort);
        boolean descending = "desc".equalsIgnoreCase(dir);
        var result = board.table(filter.toFilter(), order, descending, Math.max(0, page), TABLE_SIZE, locale);
        support.filters(filter, locale, model);
        model.addAttribute("page", result);
        model.addAttribute("pages", (result.total() + TABLE_SIZE - 1) / TABLE_SIZE);
        model.addAttribute("sort", order.name());
        model.addAttribute("descending", descending);
        model.addAttribute("sorts", RelationshipCards.Sort.values());
        return Htmx.wantsFragment(request, response) ? "relationships/table :: results" : "relationships/table";
    }

    /**
     * Moves a card. From the board (htmx or a plain form) the board answers, with a message when
     * the move was refused; from a relationship's page that page answers.
     */
    @PostMapping("/relationships/{id}/stage")
    String move(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable Stage stage, @RequestParam(required = false) @Nullable String reason,
            @RequestParam(defaultValue = "board") String from, @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String area,
            Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        // the service checks: 404 for those who may not see relationships, 403 for those who may not change them
        var filter = FilterForm.of(country, kind, owner, area);
        boolean fromPage = "page".equals(from);
        String problem;
        HttpStatus status;
        if (version == null || stage == null) {
            problem = support.message("relationships.move.incomplete", new Object[0], locale);
            status = HttpStatus.UNPROCESSABLE_CONTENT;
        } else {
            try {
                var moved = relationships.moveTo(id, version, stage, reason);
                if (fromPage) {
                    redirect.addFlashAttribute("notice", "relationships.notice.moved");
                    return "redirect:/relationships/" + id;
                }
                if (Htmx.wantsFragment(request, response)) {
                    model.addAttribute("moved", moved.id());
                    model.addAttribute("moveNotice", support.message("relationships.move.done",
                            new Object[] {moved.organizationName(), stageLabels.stageLabels(locale).get(moved.stage())},
                            locale));
                    boardModel(filter, model, locale);
                    return "relationships/board :: board";
                }
                redirect.addFlashAttribute("notice", "relationships.notice.moved");
                return "redirect:/relationships" + (PageSupport.query(filter).isEmpty() ? ""
                        : "?" + PageSupport.query(filter).substring(1));
            } catch (StaleVersionException | OptimisticLockingFailureException e) {
                var current = relationships.get(id);
                problem = support.message("relationships.move.stale", new Object[] {current.organizationName(),
                        stageLabels.stageLabels(locale).get(current.stage())}, locale);
                status = HttpStatus.CONFLICT;
            } catch (RuleViolationException e) {
                problem = support.message("error." + e.code(), new Object[0], locale);
                status = HttpStatus.UNPROCESSABLE_CONTENT;
            }
        }
        response.setStatus(status.value());
        model.addAttribute("moveError", problem);
        if (fromPage) {
            return page.render(id, model, locale);
        }
        boardModel(filter, model, locale);
        return Htmx.wantsFragment(request, response) ? "relationships/board :: board" : "relationships/board";
    }

    private void boardModel(FilterForm filter, Model model, Locale locale) {
        support.filters(filter, locale, model);
        model.addAttribute("board", board.board(filter.toFilter(), PER_COLUMN, locale));
        model.addAttribute("perColumn", PER_COLUMN);
    }
}
