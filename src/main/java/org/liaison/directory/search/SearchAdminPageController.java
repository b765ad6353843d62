package org.liaison.directory.search;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.shared.AllowedDuringMaintenance;
import org.liaison.shared.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrators' page of the search index: per entity type the documents in the index against
 * the rows in the database, a Rebuild button (htmx swaps in the progress section; without
 * JavaScript the form posts and the page reloads) and a live progress bar fed by server-sent events
 * (static/js/search-admin.js).
 */
@Controller
class SearchAdminPageController {

    static final String PAGE = "/admin/search";

    private final SearchIndexes indexes;
    private final CurrentViewer viewer;

    SearchAdminPageController(SearchIndexes indexes, CurrentViewer viewer) {
        this.indexes = indexes;
        this.viewer = viewer;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        requireAdministrator();
        return show(model, "directory/search-admin");
    }

    /** Allowed during maintenance: the index is derived data, a rebuild changes no stored records. */
    @PostMapping(PAGE)
    @AllowedDuringMaintenance
    String rebuild(Model model, HttpServletRequest request, HttpServletResponse response) {
        requireAdministrator();
        indexes.rebuild();
        response.addHeader("Vary", "HX-Request");
        if ("true".equals(request.getHeader("HX-Request"))) {
            return show(model, "directory/search-admin :: rebuild");
        }
        return "redirect:" + PAGE;
    }

    private String show(Model model, String view) {
        var progress = indexes.progress();
        SearchIndexes.Status status;
        try {
            status = indexes.status();
        } catch (RuntimeException e) {
            status = null;
        }
        model.addAttribute("rebuild", SearchAdminController.RebuildJson.of(progress, status));
        model.addAttribute("progressUrl", SearchAdminController.PATH + "/progress");
        return view;
    }

    private void requireAdministrator() {
        if (!viewer.get().isAdministrator()) {
            throw new AccessDeniedException("Only administrators rebuild the search index");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem searchAdminLink() {
            return NavigationItem.forAuthorities(815, "directory.search-admin.nav", PAGE,
                    List.of(Role.ADMINISTRATOR.authority()));
        }
    }
}
