package org.liaison.directory.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liaison.directory.internal.DirectoryService;
import org.liaison.shared.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The small forms of the organization page: add a person with their role there, relate the
 * organization to another one. Invalid input shows the page again with the form open and the
 * messages in place (422).
 */
@Controller
class OrganizationLinksController {

    private final DirectoryService directory;
    private final OrganizationPage page;
    private final PagePermissions permissions;

    OrganizationLinksController(DirectoryService directory, OrganizationPage page, PagePermissions permissions) {
        this.directory = directory;
        this.page = page;
        this.permissions = permissions;
    }

    @PostMapping("/directory/organizations/{id}/people")
    String addPerson(@PathVariable UUID id, @Valid @ModelAttribute("newPersonForm") NewPersonForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        permissions.requireManager();
        if (form.periodReversed()) {
            result.rejectValue("to", "error.period-reversed");
        }
        var details = page.details(id);
        if (!result.hasErrors()) {
            try {
                var person = directory.registerPerson(form.person());
                directory.affiliate(form.affiliation(person.id(), id));
                redirect.addFlashAttribute("notice", "directory.notice.person-added");
                return "redirect:" + Links.organization(id) + "#people";
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e, Map.of("period-reversed", "to", "name-required", "name"));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("openForm", "person");
        return page.render(details, model);
    }

    @PostMapping("/directory/organizations/{id}/relations")
    String addRelation(@PathVariable UUID id, @Valid @ModelAttribute("relationForm") RelationForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        permissions.requireManager();
        if (form.periodReversed()) {
            result.rejectValue("validTo", "error.period-reversed");
        }
        if (id.equals(form.other())) {
            result.rejectValue("other", "error.relation-to-itself");
        }
        var details = page.details(id);
        if (!result.hasErrors()) {
            try {
                directory.relate(form.toDraft(id));
                redirect.addFlashAttribute("notice", "directory.notice.relation-added");
                return "redirect:" + Links.organization(id) + "#relations";
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e, Map.of("period-reversed", "validTo", "relation-to-itself", "other"));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("openForm", "relation");
        return page.render(details, model);
    }
}
