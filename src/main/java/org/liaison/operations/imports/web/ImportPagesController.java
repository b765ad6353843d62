package org.liaison.operations.imports.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.Role;
import org.liaison.operations.imports.ImportField;
import org.liaison.operations.imports.ImportService;
import org.liaison.shared.NavigationItem;
import org.liaison.shared.RuleViolationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: the list with the upload form, then one page per import: the mapping step
 * (a field for each column, guessed from its header, with the first rows), the dry run's counts and
 * rows, and once started a progress bar driven by server-sent events, the counts and the report.
 */
@Controller
class ImportPagesController {

    private final ImportService imports;
    private final ImportReport report;

    ImportPagesController(ImportService imports, ImportReport report) {
        this.imports = imports;
        this.report = report;
    }

    @GetMapping("/imports")
    String list(Model model) {
        model.addAttribute("jobs", imports.recent());
        return "operations/imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam("file") @Nullable MultipartFile file, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new RuleViolationException("import-empty", "The file is empty");
            }
            var upload = imports.upload(String.valueOf(file.getOriginalFilename()), file.getBytes());
            return "redirect:/imports/" + upload.job().id();
        } catch (RuleViolationException e) {
            model.addAttribute("jobs", imports.recent());
            // the upload rule's refusals (shared by every upload) have their texts in the errors bundle
            model.addAttribute("error", (e.code().startsWith("upload-") ? "error." : "imports.error.") + e.code());
            return "operations/imports";
        }
    }

    @GetMapping("/imports/{id}")
    String page(@PathVariable UUID id, Model model) {
        return show(id, model);
    }

    @PostMapping("/imports/{id}/dry-run")
    String dryRun(@PathVariable UUID id, @RequestParam(name = "field", required = false) @Nullable List<String> fields,
            Model model, java.util.Locale locale) {
        try {
            if (fields != null) {
                imports.map(id, fields);
            }
            var run = imports.dryRun(id);
            model.addAttribute("dryRun", run);
            model.addAttribute("details", run.rows().stream().map(r -> report.detail(r, locale)).toList());
        } catch (RuleViolationException e) {
            // the upload rule's refusals (shared by every upload) have their texts in the errors bundle
            model.addAttribute("error", (e.code().startsWith("upload-") ? "error." : "imports.error.") + e.code());
        }
        return show(id, model);
    }

    @PostMapping("/imports/{id}/start")
    String start(@PathVariable UUID id, @RequestParam(name = "field", required = false) @Nullable List<String> fields,
            Model model, RedirectAttributes redirect) {
        try {
            if (fields != null && "mapping".equals(imports.job(id).status())) {
                imports.map(id, fields);
            }
            imports.start(id);
        } catch (RuleViolationException e) {
            // the upload rule's refusals (shared by every upload) have their texts in the errors bundle
            model.addAttribute("error", (e.code().startsWith("upload-") ? "error." : "imports.error.") + e.code());
            return show(id, model);
        }
        redirect.addFlashAttribute("notice", "imports.started");
        return "redirect:/imports/" + id;
    }

    private String show(UUID id, Model model) {
        var look = imports.look(id);
        model.addAttribute("job", look.job());
        model.addAttribute("headers", look.headers());
        model.addAttribute("preview", look.preview());
        model.addAttribute("mapping", look.guess().fields().stream().map(ImportField::key).toList());
        model.addAttribute("fields", List.of(ImportField.values()).stream().map(ImportField::key).toList());
        model.addAttribute("sameFile", look.sameFileImported());
        return "operations/import";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem importsLink() {
            return NavigationItem.forAuthorities(790, "imports.nav", "/imports",
                    List.of(Role.ADMINISTRATOR.authority(), Role.COOPERATION_MANAGER.authority()));
        }
    }
}
