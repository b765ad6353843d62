package org.liaison.relationships.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.liaison.relationships.internal.RelationshipService;
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
 * A relationship's page: its stage with a form to move it, the owner and the next step with its
 * due date (editable by managers, based on the version read), the history of stage changes, the
 * strength with its reasons, and the introduction paths from the hub to the organization.
 */
@Controller
class RelationshipPageController {

    static final String PAGE = "relationships/relationship";

    private final RelationshipService relationships;
    private final RelationshipPageModel page;
    private final PageSupport support;

    RelationshipPageController(RelationshipService relationships, RelationshipPageModel page, PageSupport support) {
        this.relationships = relationships;
        this.page = page;
        this.support = support;
    }

    @GetMapping("/relationships/{id}")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        return page.render(id, model, locale);
    }

    @PostMapping("/relationships/{id}/plan")
    String plan(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String nextStep,
            @RequestParam(required = false) @Nullable String nextStepDue, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        // the service checks: 404 for those who may not see relationships, 403 for those who may not change them
        String problem = null;
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        LocalDate due = null;
        UUID ownerId = null;
        if (nextStepDue != null && !nextStepDue.isBlank()) {
            try {
                due = LocalDate.parse(nextStepDue.strip());
            } catch (DateTimeParseException e) {
                problem = support.message("relationships.plan.bad-date", new Object[0], locale);
            }
        }
        if (owner != null && !owner.isBlank()) {
            try {
                ownerId = UUID.fromString(owner.strip());
            } catch (IllegalArgumentException e) {
                problem = support.message("relationships.plan.bad-owner", new Object[0], locale);
            }
        }
        if (version == null) {
            problem = support.message("relationships.move.incomplete", new Object[0], locale);
        }
        if (problem == null && version != null) {
            try {
                relationships.plan(id, version, ownerId, nextStep, due);
                redirect.addFlashAttribute("notice", "relationships.notice.planned");
                return "redirect:/relationships/" + id;
            } catch (StaleVersionException | OptimisticLockingFailureException e) {
                problem = support.message("relationships.plan.stale", new Object[0], locale);
                status = HttpStatus.CONFLICT;
            } catch (RuleViolationException e) {
                problem = support.message("error." + e.code(), new Object[0], locale);
            }
        }
        response.setStatus(status.value());
        model.addAttribute("planError", problem);
        model.addAttribute("planInput", new String[] {Objects.toString(nextStep, ""), Objects.toString(nextStepDue, "")});
        return page.render(id, model, locale);
    }
}
