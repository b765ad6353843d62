package org.liaison.directory.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.access.CurrentViewer;
import org.liaison.directory.internal.DirectoryService;
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

    private final DirectoryService directory;
    private final CurrentViewer viewer;
    private final DirectoryLabels labels;
    private final PagePermissions permissions;

    StartController(DirectoryService directory, CurrentViewer viewer, DirectoryLabels labels,
            PagePermissions permissions) {
        this.directory = directory;
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
        var all = directory.search(new SearchQuery("", Set.of(), Set.of(), 0, 1));
        List<Facet> countries = all.countries().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
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
