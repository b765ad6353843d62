package org.liaison.relationships.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.relationships.Stage;
import org.liaison.relationships.internal.RelationshipPaths;
import org.liaison.relationships.internal.RelationshipService;
import org.liaison.relationships.internal.RelationshipStrength;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of a relationship's page: the relationship, its history, strength and introduction
 * paths, and the choices of its forms. Shown by its own controller and again by the board's when a
 * move from the page is refused.
 */
@Component
class RelationshipPageModel {

    private final RelationshipService relationships;
    private final RelationshipStrength strength;
    private final RelationshipPaths paths;
    private final PageSupport support;

    RelationshipPageModel(RelationshipService relationships, RelationshipStrength strength, RelationshipPaths paths,
            PageSupport support) {
        this.relationships = relationships;
        this.strength = strength;
        this.paths = paths;
        this.support = support;
    }

    /** One entry of the history as the page shows it. */
    record HistoryRow(String at, String by, @Nullable Stage from, Stage to, @Nullable String reason) {}

    /** Puts the page of relationship {@code id} on the model; returns its template. */
    String render(UUID id, Model model, Locale locale) {
        var relationship = relationships.get(id);
        var history = relationships.history(id);
        var names = support.ownerNames(history.stream().map(c -> c.by()).filter(Objects::nonNull).distinct().toList());
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneId.of("UTC"));
        var rows = new ArrayList<HistoryRow>();
        for (var change : history.reversed()) {
            rows.add(new HistoryRow(format.format(change.at()) + " UTC",
                    change.by() == null ? support.message("relationships.history.system", new Object[0], locale)
                            : names.getOrDefault(change.by(), change.by().toString()),
                    change.from(), change.to(), change.reason()));
        }
        model.addAttribute("relationship", relationship);
        model.addAttribute("countryName", PageSupport.countryName(relationship.country(), locale));
        model.addAttribute("stageLabels", support.labels(locale));
        model.addAttribute("stages", List.of(Stage.values()));
        model.addAttribute("history", rows);
        model.addAttribute("strength", strength.strength(id, locale));
        model.addAttribute("paths", paths.paths(relationship.organization(), locale));
        model.addAttribute("owners", support.ownerChoices(relationship.owner()));
        model.addAttribute("ownerName", relationship.owner() == null ? null
                : support.ownerNames(List.of(relationship.owner())).get(relationship.owner()));
        model.addAttribute("canManage", support.canManage());
        return RelationshipPageController.PAGE;
    }
}
