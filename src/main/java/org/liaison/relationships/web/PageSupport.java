package org.liaison.relationships.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.access.Role;
import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.liaison.access.Viewer;
import org.liaison.directory.OrganizationKind;
import org.liaison.relationships.internal.RelationshipBoard;
import org.liaison.relationships.internal.RelationshipStageLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** What the relationships' pages share: the filter choices, owners' names, links and permissions. */
@Component
class PageSupport {

    /** A choice of a select: its value and its label. */
    record Option(String value, String label) {}

    private final RelationshipBoard board;
    private final RelationshipStageLabels stageLabels;
    private final UserAccounts accounts;
    private final CurrentViewer viewer;
    private final MessageSource messages;

    PageSupport(RelationshipBoard board, RelationshipStageLabels stageLabels, UserAccounts accounts, CurrentViewer viewer,
            MessageSource messages) {
        this.board = board;
        this.stageLabels = stageLabels;
        this.accounts = accounts;
        this.viewer = viewer;
        this.messages = messages;
    }

    /** Administrators and cooperation managers move relationships; the service enforces the same. */
    boolean canManage() {
        Viewer v = viewer.get();
        return v.roles().contains(Role.ADMINISTRATOR) || v.roles().contains(Role.COOPERATION_MANAGER);
    }

    /** The filter form's choices and the current filter, on the model. */
    void filters(FilterForm filter, Locale locale, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("filterQuery", query(filter));
        model.addAttribute("countries", board.countries().stream()
                .map(c -> new Option(c, countryName(c, locale))).toList());
        model.addAttribute("kinds", java.util.Arrays.stream(OrganizationKind.values())
                .map(k -> new Option(k.name(), messages.getMessage("directory.kind." + k.name(), null, k.label(), locale)))
                .toList());
        var owners = ownerNames(board.owners());
        model.addAttribute("owners", owners.entrySet().stream()
                .map(e -> new Option(e.getKey().toString(), e.getValue())).toList());
        model.addAttribute("ownerNames", owners);
        model.addAttribute("areas", board.areas());
        model.addAttribute("stageLabels", labels(locale));
        model.addAttribute("stages", List.of(org.liaison.relationships.Stage.values()));
        model.addAttribute("canManage", canManage());
    }

    /** Stage labels by the stage's constant (SpEL cannot index an EnumMap by an enum). */
    Map<String, String> labels(Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        stageLabels.stageLabels(locale).forEach((stage, label) -> labels.put(stage.name(), label));
        return labels;
    }

    /** Display names of users by id; unknown ids are left out. */
    Map<UUID, String> ownerNames(List<UUID> ids) {
        var names = new LinkedHashMap<UUID, String>();
        for (UUID id : ids) {
            accounts.find(id).map(UserAccount::displayName).ifPresent(n -> names.put(id, n));
        }
        return names;
    }

    /** The current user and the known owners, for the owner select of a relationship. */
    List<Option> ownerChoices(@Nullable UUID current) {
        var ids = new ArrayList<>(board.owners());
        UUID me = viewer.get().userId();
        if (me != null && !ids.contains(me)) {
            ids.add(me);
        }
        if (current != null && !ids.contains(current)) {
            ids.add(current);
        }
        return ownerNames(ids).entrySet().stream().map(e -> new Option(e.getKey().toString(), e.getValue())).toList();
    }

    static String countryName(@Nullable String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    /** The filter as a query string starting with "&" (empty when no filter), to append to links. */
    static String query(FilterForm filter) {
        var builder = UriComponentsBuilder.newInstance();
        filter.params().forEach(builder::queryParam);
        String q = builder.encode().build().getQuery();
        return q == null || q.isEmpty() ? "" : "&" + q;
    }

    String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
