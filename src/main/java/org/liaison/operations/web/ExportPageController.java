package org.liaison.operations.web;

import org.liaison.access.CurrentViewer;
import org.liaison.operations.export.Exports;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The export page: every dataset the signed-in user may export, with a link per format. */
@Controller
class ExportPageController {

    private final Exports exports;
    private final CurrentViewer viewer;

    ExportPageController(Exports exports, CurrentViewer viewer) {
        this.exports = exports;
        this.viewer = viewer;
    }

    @GetMapping("/export")
    String page(Model model) {
        if (viewer.get().isAnonymous()) {
            throw new AccessDeniedException("Sign in to export");
        }
        model.addAttribute("datasets", exports.available());
        return "operations/export";
    }
}
