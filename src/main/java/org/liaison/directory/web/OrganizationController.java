package org.liaison.directory.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.search.OrganizationHit;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleVersionException;
import org.liaison.shared.AllowedDuringMaintenance;
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

/**
 * The organization page, and the form that creates and edits organizations. Invalid input comes
 * back as the form with the messages next to the fields (422); an edit of a version someone else
 * changed meanwhile comes back with the user's input and a warning (409).
 */
@Controller
class OrganizationController {

    static final String FORM = "directory/organization-form";

    /** The field each rule of the directory is about. */
    static final Map<String, String> FIELDS_BY_CODE = Map.of(
            "name-required", "names",
            "one-primary-name", "names",
            "invalid-country", "country");

    private final DirectoryService directory;
    private final OrganizationPage page;
    private final PagePermissions permissions;
    private final DirectoryLabels labels;

    OrganizationController(DirectoryService directory, OrganizationPage page, PagePermissions permissions,
            DirectoryLabels labels) {
        this.directory = directory;
        this.page = page;
        this.permissions = permissions;
        this.labels = labels;
    }

    @GetMapping("/directory/organizations/{id}")
    String show(@PathVariable UUID id, Model model) {
        var details = page.details(id);
        var survivor = details.organization().mergedInto();
        if (survivor != null) {
            return "redirect:" + Links.organization(survivor);
        }
        return page.render(details, model);
    }

    /** The list lives at /directory; a reload after a failed create lands there. */
    @GetMapping("/directory/organizations")
    String list() {
        return "redirect:/directory";
    }

    @GetMapping("/directory/organizations/new")
    String createForm(Model model) {
        permissions.requireManager();
        return form(OrganizationForm.empty(), null, List.of(), model);
    }

    @PostMapping("/directory/organizations")
    String create(@Valid @ModelAttribute("organizationForm") OrganizationForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        permissions.requireManager();
        checkNames(form, result);
        List<OrganizationHit> duplicates = List.of();
        if (!result.hasErrors() && !form.confirmedNotDuplicate()) {
            duplicates = directory.likelyDuplicates(form.toDraft());
            if (!duplicates.isEmpty()) {
                result.reject("directory.form.duplicates.confirm");
            }
        }
        if (!result.hasErrors()) {
            try {
                var created = directory.register(form.toDraft());
                redirect.addFlashAttribute("notice", "directory.notice.created");
                return "redirect:" + Links.organization(created.id());
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e, FIELDS_BY_CODE);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, null, duplicates, model);
    }

    @GetMapping("/directory/organizations/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        var org = directory.organization(id);
        if (org.mergedInto() != null) {
            return "redirect:" + Links.organization(org.mergedInto()) + "/edit";
        }
        permissions.requireEditor(id);
        return form(OrganizationForm.of(org), id, List.of(), model);
    }

    @PostMapping("/directory/organizations/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("organizationForm") OrganizationForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        checkNames(form, result);
        if (form.version() == null) {
            result.reject("error.version-required");
        }
        if (!result.hasErrors()) {
            try {
                directory.update(id, form.version(), form.toDraft());
                redirect.addFlashAttribute("notice", "directory.notice.saved");
                return "redirect:" + Links.organization(id);
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e, FIELDS_BY_CODE);
            } catch (StaleVersionException e) {
                return stale(id, e.current(), model, response);
            } catch (OptimisticLockingFailureException e) {
                return stale(id, directory.organization(id).version(), model, response);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, id, List.of(), model);
    }

    /**
     * The likely duplicates of the organization being typed into the create form (htmx): same
     * name in any script or reading, or same website.
     */
    @PostMapping("/directory/organizations/duplicates")
    @AllowedDuringMaintenance // a question, not a change
    String duplicates(@ModelAttribute("organizationForm") OrganizationForm form, BindingResult ignored, Model model) {
        List<OrganizationHit> duplicates = List.of();
        if (!form.allNameTexts().isEmpty() || form.website() != null) {
            duplicates = directory.likelyDuplicates(form.toDraft());
        }
        model.addAttribute("duplicates", rows(duplicates));
        return FORM + " :: duplicates";
    }

    /**
     * The user's input stays in the form (it is the bound form), with a warning and the current
     * version, so that saving again applies it over the other change knowingly.
     */
    private String stale(UUID id, long currentVersion, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("stale", true);
        model.addAttribute("version", currentVersion);
        return form(null, id, List.of(), model);
    }

    private static void checkNames(OrganizationForm form, BindingResult result) {
        if (!form.hasName()) {
            result.rejectValue("names", "error.name-required");
        }
        if (!form.areasWithinLimits()) {
            result.rejectValue("technologyAreas", "directory.form.technology-areas.too-long",
                    new Object[] { OrganizationForm.MAX_AREAS, OrganizationForm.MAX_AREA_LENGTH }, null);
        }
    }

    /** A likely duplicate as the form lists it. */
    record DuplicateRow(OrganizationHit hit, String url, String countryName) {}

    private List<DuplicateRow> rows(List<OrganizationHit> hits) {
        return hits.stream().map(h -> new DuplicateRow(h, Links.organization(h.id()), labels.country(h.country())))
                .toList();
    }

    /**
     * The form page. A fresh form is put into the model; after a post, the bound form stays there
     * with its binding result, so the user's input and the messages show as they were.
     */
    private String form(@Nullable OrganizationForm fresh, @Nullable UUID id, List<OrganizationHit> duplicates,
            Model model) {
        if (fresh != null) {
            model.addAttribute("organizationForm", fresh.withBlankRows());
        }
        model.addAttribute("organizationId", id);
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("countries", labels.countries());
        model.addAttribute("duplicates", rows(duplicates));
        return FORM;
    }
}
