package org.liaison.directory.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.directory.internal.OrganizationView;
import org.liaison.shared.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging a duplicate into the organization whose page it is: choose the duplicate among the
 * likely ones or by search, compare the two, confirm. Managers only.
 */
@Controller
class MergeController {

    static final String TEMPLATE = "directory/merge";

    private final DirectoryService directory;
    private final PagePermissions permissions;
    private final DirectoryLabels labels;

    MergeController(DirectoryService directory, PagePermissions permissions, DirectoryLabels labels) {
        this.directory = directory;
        this.permissions = permissions;
        this.labels = labels;
    }

    /** An organization on the merge page, with its country named. */
    record Side(OrganizationView organization, String countryName, String url) {}

    @GetMapping("/directory/organizations/{id}/merge")
    String choose(@PathVariable UUID id, @RequestParam(name = "duplicate", required = false) @Nullable UUID duplicate,
            Model model) {
        permissions.requireManager();
        var survivor = directory.organization(id);
        if (survivor.mergedInto() != null) {
            return "redirect:" + Links.organization(survivor.mergedInto()) + "/merge";
        }
        model.addAttribute("survivor", side(survivor));
        if (duplicate != null && !duplicate.equals(id)) {
            var merged = directory.organization(duplicate);
            model.addAttribute("duplicate", side(merged));
        } else {
            var candidates = directory.likelyDuplicates(draftOf(survivor)).stream()
                    .filter(h -> !h.id().equals(id))
                    .map(h -> new DirectoryController.Hit(h, Links.organization(h.id()), labels.country(h.country())))
                    .toList();
            model.addAttribute("candidates", candidates);
        }
        return TEMPLATE;
    }

    @PostMapping("/directory/organizations/{id}/merge")
    String merge(@PathVariable UUID id, @RequestParam("duplicate") UUID duplicate, @RequestParam("version") long version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        permissions.requireManager();
        try {
            directory.merge(duplicate, id, version);
        } catch (RuleViolationException e) {
            model.addAttribute("survivor", side(directory.organization(id)));
            model.addAttribute("duplicate", side(directory.organization(duplicate)));
            model.addAttribute("ruleError", "error." + e.code());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return TEMPLATE;
        }
        redirect.addFlashAttribute("notice", "directory.notice.merged");
        return "redirect:" + Links.organization(id);
    }

    private Side side(OrganizationView org) {
        return new Side(org, labels.country(org.country()), Links.organization(org.id()));
    }

    private static OrganizationDraft draftOf(OrganizationView org) {
        return new OrganizationDraft(org.kind(), org.names(), org.aliases(), org.country(), org.city(), org.website(),
                org.description(), org.technologyAreas());
    }
}
