package org.liaison.directory.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.PersonView;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person page with their affiliations, and the forms that create and edit people. */
@Controller
class PersonController {

    static final String PAGE = "directory/person";
    static final String FORM = "directory/person-form";

    static final Map<String, String> FIELDS_BY_CODE = Map.of("name-required", "names", "one-primary-name", "names");

    private final DirectoryService directory;
    private final PagePermissions permissions;

    PersonController(DirectoryService directory, PagePermissions permissions) {
        this.directory = directory;
        this.permissions = permissions;
    }

    @GetMapping("/directory/people/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(directory.person(id), model);
    }

    @PostMapping("/directory/people/{id}/affiliations")
    String addAffiliation(@PathVariable UUID id, @Valid @ModelAttribute("affiliationForm") AffiliationForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        permissions.requireManager();
        if (form.periodReversed()) {
            result.rejectValue("to", "error.period-reversed");
        }
        var person = directory.person(id);
        if (!result.hasErrors()) {
            try {
                directory.affiliate(form.toDraft(id));
                redirect.addFlashAttribute("notice", "directory.notice.affiliation-added");
                return "redirect:" + Links.person(id) + "#affiliations";
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e, Map.of("period-reversed", "to"));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("openForm", "affiliation");
        return page(person, model);
    }

    @GetMapping("/directory/people/new")
    String createForm(Model model) {
        permissions.requireManager();
        return form(PersonForm.empty(), null, model);
    }

    @GetMapping("/directory/people")
    String list() {
        return "redirect:/directory";
    }

    @PostMapping("/directory/people")
    String create(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        permissions.requireManager();
        if (!form.hasName()) {
            result.rejectValue("names", "error.name-required");
        }
        if (!result.hasErrors()) {
            try {
                var created = directory.registerPerson(form.toDraft());
                redirect.addFlashAttribute("notice", "directory.notice.created");
                return "redirect:" + Links.person(created.id());
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e, FIELDS_BY_CODE);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, null, model);
    }

    @GetMapping("/directory/people/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        permissions.requireManager();
        return form(PersonForm.of(directory.person(id)), id, model);
    }

    @PostMapping("/directory/people/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!form.hasName()) {
            result.rejectValue("names", "error.name-required");
        }
        if (form.version() == null) {
            result.reject("error.version-required");
        }
        if (!result.hasErrors()) {
            try {
                directory.updatePerson(id, form.version(), form.toDraft());
                redirect.addFlashAttribute("notice", "directory.notice.saved");
                return "redirect:" + Links.person(id);
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e, FIELDS_BY_CODE);
            } catch (StaleVersionException e) {
                return stale(id, e.current(), model, response);
            } catch (OptimisticLockingFailureException e) {
                return stale(id, directory.person(id).version(), model, response);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, id, model);
    }

    private String stale(UUID id, long currentVersion, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("stale", true);
        model.addAttribute("version", currentVersion);
        return form(null, id, model);
    }

    private String page(PersonView person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("canManage", permissions.canManage());
        if (!model.containsAttribute("affiliationForm")) {
            model.addAttribute("affiliationForm", AffiliationForm.empty());
        }
        return PAGE;
    }

    private String form(@Nullable PersonForm fresh, @Nullable UUID id, Model model) {
        if (fresh != null) {
            model.addAttribute("personForm", fresh.withBlankRows());
        }
        model.addAttribute("personId", id);
        return FORM;
    }
}
