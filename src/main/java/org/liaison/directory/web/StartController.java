package org.liaison.directory.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.liaison.access.CurrentViewer;
import org.liaison.directory.search.OrganizationSearch;
import org.liaison.directory.search.SearchQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: a search box and the directory at a glance for signed-in users, a public
 * welcome with a sign-in link for visitors.
 */
@Controller
class StartController {

    private final OrganizationSearch search;
    private final CurrentViewer viewer;
    private final DirectoryLabels labels;
    private final PagePermissions permissions;

    StartController(OrganizationSearch search, CurrentViewer viewer, DirectoryLabels labels,
            PagePermissions permissions) {
        this.search = search;
        this.viewer = viewer;
        this.labels = labels;
        this.permissions = permissions;
    }

    @GetMapping("/")
    String start(Model model) {
        var v = viewer.get();
        if (v.isAnonymous()) {
            return "start";
        }
        var all = search.search(new SearchQuery("", Set.of(), Set.of(), 0, 1), v.readScope());
        List<Facet> countries = all.countries().entrySet().stream()
                .sorted(Comparator.comparing((java.util.Map.Entry<String, Long> e) -> -e.getValue())
                        .thenComparing(e -> labels.country(e.getKey())))
                .map(e -> new Facet(e.getKey(), labels.country(e.getKey()), e.getValue(), false,
                        Links.withQuery("/directory", List.<String[]>of(new String[] { "country", e.getKey() }))))
                .toList();
        model.addAttribute("total", all.total());
        model.addAttribute("countries", countries);
        model.addAttribute("canManage", permissions.canManage());
        return "start";
    }
}
