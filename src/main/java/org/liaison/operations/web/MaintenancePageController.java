package org.liaison.operations.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.operations.internal.MaintenanceSwitch;
import org.liaison.shared.AllowedDuringMaintenance;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of the maintenance switch. */
@Controller
class MaintenancePageController {

    private final MaintenanceSwitch maintenance;
    private final CurrentViewer viewer;

    MaintenancePageController(MaintenanceSwitch maintenance, CurrentViewer viewer) {
        this.maintenance = maintenance;
        this.viewer = viewer;
    }

    @GetMapping("/admin/maintenance")
    String page(Model model) {
        requireAdministrator();
        model.addAttribute("state", maintenance.current().orElse(null));
        return "operations/maintenance";
    }

    /** {@code until} is a local date-time in UTC, as the form's datetime-local field sends it. */
    @PostMapping("/admin/maintenance")
    @AllowedDuringMaintenance // the switch itself
    String set(@RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) @Nullable String message,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime until,
            RedirectAttributes redirect) {
        requireAdministrator();
        Instant end = until == null ? null : until.toInstant(ZoneOffset.UTC);
        if (message != null && message.length() > 2000) {
            message = message.substring(0, 2000);
        }
        maintenance.set(enabled, message, end, viewer.get().username());
        redirect.addFlashAttribute("notice", enabled ? "operations.maintenance.on" : "operations.maintenance.off");
        return "redirect:/admin/maintenance";
    }

    private void requireAdministrator() {
        if (!viewer.get().isAdministrator()) {
            throw new AccessDeniedException("Only administrators switch maintenance");
        }
    }
}
