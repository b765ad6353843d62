package org.liaison.directory.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.search.OrganizationHit;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.search.SearchQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory list: search as you type, facets by country and kind, pages. An htmx request
 * gets only the results fragment of the same template.
 */
@Controller
class DirectoryController {

    static final int PAGE_SIZE = 20;
    static final int PICKER_SIZE = 8;

    private final DirectoryService directory;
    private final DirectoryLabels labels;
    private final MessageSource messages;
    private final PagePermissions permissions;

    DirectoryController(DirectoryService directory, DirectoryLabels labels,
            MessageSource messages, PagePermissions permissions) {
        this.directory = directory;
        this.labels = labels;
        this.messages = messages;
        this.permissions = permissions;
    }

    /** A hit as the list shows it. */
    record Hit(OrganizationHit hit, String url, String countryName) {}

    /** The list's state: the text and the facet values chosen. */
    record Filter(String text, Set<String> countries, Set<OrganizationKind> kinds) {

        String url(int page) {
            var params = new ArrayList<String[]>();
            params.add(new String[] { "q", text });
            countries.stream().sorted().forEach(c -> params.add(new String[] { "country", c }));
            kinds.stream().sorted().forEach(k -> params.add(new String[] { "kind", k.name() }));
            if (page > 0) {
                params.add(new String[] { "page", Integer.toString(page) });
            }
            return Links.withQuery("/directory", params);
        }

        Filter toggleCountry(String country) {
            return new Filter(text, toggle(countries, country), kinds);
        }

        Filter toggleKind(OrganizationKind kind) {
            return new Filter(text, countries, toggle(kinds, kind));
        }

        private static <T> Set<T> toggle(Set<T> set, T value) {
            var copy = new LinkedHashSet<>(set);
            if (!copy.remove(value)) {
                copy.add(value);
            }
            return copy;
        }
    }

    @GetMapping("/directory")
    String list(@RequestParam(name = "q", defaultValue = "") String text,
            @RequestParam(name = "country", required = false) @Nullable List<String> countries,
            @RequestParam(name = "kind", required = false) @Nullable List<OrganizationKind> kinds,
            @RequestParam(name = "page", defaultValue = "0") int page,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        var filter = new Filter(text.strip(), normalizeCountries(countries),
                // a blank value (also one of control characters, which the enum converter trims away)
                // converts to null: no filter, not a null kind
                kinds == null ? Set.of() : kinds.stream().filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        int pageIndex = Math.max(0, page);
        var result = directory.search(new SearchQuery(filter.text(), filter.countries(), filter.kinds(), pageIndex,
                PAGE_SIZE));
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);

        model.addAttribute("filter", filter);
        model.addAttribute("total", result.total());
        model.addAttribute("hits", result.hits().stream()
                .map(h -> new Hit(h, Links.organization(h.id()), labels.country(h.country()))).toList());
        model.addAttribute("countryFacets", facets(result.countries(), filter.countries(), labels::country,
                filter::toggleCountry));
        model.addAttribute("kindFacets", facets(result.kinds(), filter.kinds(), this::kindLabel, filter::toggleKind));
        model.addAttribute("page", pageIndex);
        model.addAttribute("pages", pages);
        model.addAttribute("previousUrl", pageIndex > 0 ? filter.url(pageIndex - 1) : null);
        model.addAttribute("nextUrl", pageIndex + 1 < pages ? filter.url(pageIndex + 1) : null);
        model.addAttribute("canManage", permissions.canManage());
        return Htmx.wantsFragment(request, response) ? "directory/list :: results" : "directory/list";
    }

    /**
     * A few organizations matching the text, as radio buttons named {@code field}: the picker of
     * the relation, affiliation and merge forms.
     */
    @GetMapping("/directory/picker")
    String picker(@RequestParam(name = "q", defaultValue = "") String text,
            @RequestParam(name = "field") String field,
            @RequestParam(name = "exclude", required = false) @Nullable UUID exclude, Model model) {
        List<Hit> hits = List.of();
        if (!text.isBlank()) {
            hits = directory.search(new SearchQuery(text, Set.of(), Set.of(), 0, PICKER_SIZE + 1))
                    .hits().stream()
                    .filter(h -> !h.id().equals(exclude))
                    .limit(PICKER_SIZE)
                    .map(h -> new Hit(h, Links.organization(h.id()), labels.country(h.country())))
                    .toList();
        }
        model.addAttribute("field", field.matches("[A-Za-z]{1,40}") ? field : "organization");
        model.addAttribute("text", text);
        model.addAttribute("hits", hits);
        return "directory/fragments :: picker-results";
    }

    private String kindLabel(OrganizationKind kind) {
        return messages.getMessage("directory.kind." + kind.name(), null, kind.label(), LocaleContextHolder.getLocale());
    }

    private static Set<String> normalizeCountries(@Nullable List<String> countries) {
        var result = new LinkedHashSet<String>();
        if (countries != null) {
            countries.stream().filter(c -> c != null && c.strip().matches("[A-Za-z]{2}"))
                    .map(c -> c.strip().toUpperCase(java.util.Locale.ROOT)).forEach(result::add);
        }
        return result;
    }

    private static <T> List<Facet> facets(Map<T, Long> counts, Set<T> selected, Function<T, String> label,
            Function<T, Filter> toggled) {
        var values = new LinkedHashSet<T>(counts.keySet());
        values.addAll(selected);
        return values.stream()
                .map(v -> new Facet(v.toString(), label.apply(v), counts.getOrDefault(v, 0L), selected.contains(v),
                        toggled.apply(v).url(0)))
                .sorted(Comparator.comparing(Facet::selected).reversed()
                        .thenComparing(Comparator.comparingLong(Facet::count).reversed())
                        .thenComparing(Facet::label))
                .toList();
    }
}
