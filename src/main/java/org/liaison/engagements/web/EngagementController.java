package org.liaison.engagements.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.access.UserAccount;
import org.liaison.access.UserAccounts;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.ProposedStage;
import org.liaison.engagements.internal.EngagementFilter;
import org.liaison.engagements.internal.EngagementService;
import org.liaison.engagements.internal.EngagementView;
import org.liaison.engagements.internal.FollowUpDraft;
import org.liaison.engagements.internal.FollowUpView;
import org.liaison.engagements.internal.Side;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleVersionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The engagements' pages: the list with its filters (in SQL, under the access rule), an
 * engagement with its participants, meetings and follow-ups, and the form that logs and edits
 * engagements. Invalid input comes back as the form with the messages next to the fields (422); an
 * edit of a version someone else changed meanwhile comes back with the user's input and a warning (409).
 */
@Controller
class EngagementController {

    static final String FORM = "engagements/form";
    static final int PAGE_SIZE = 25;

    /** The field each rule of the engagement service is about. */
    static final Map<String, String> FIELDS_BY_CODE = Map.ofEntries(
            Map.entry("invalid-time-zone", "timeZone"),
            Map.entry("end-before-start", "end"),
            Map.entry("invalid-country", "country"),
            Map.entry("unknown-engagement", "parent"),
            Map.entry("parent-not-container", "parent"),
            Map.entry("parent-cycle", "parent"),
            Map.entry("unknown-organization", "participants"),
            Map.entry("unknown-person", "participants"),
            Map.entry("participant-organization-or-person", "participants"),
            Map.entry("unknown-user", "followUpOwner"),
            Map.entry("title-required", "title"));

    private final EngagementService engagements;
    private final DirectoryQueries directory;
    private final UserAccounts accounts;
    private final Permissions permissions;
    private final ParticipantNames names;
    private final String defaultTimeZone;

    EngagementController(EngagementService engagements, DirectoryQueries directory, UserAccounts accounts,
            Permissions permissions, ParticipantNames names, @Value("${liaison.engagements.default-time-zone:Europe/Moscow}") String defaultTimeZone) {
        this.engagements = engagements;
        this.directory = directory;
        this.accounts = accounts;
        this.permissions = permissions;
        this.names = names;
        this.defaultTimeZone = defaultTimeZone;
    }

    // The list

    /** The list's filters as they come in the query; unknown values are ignored, not errors. */
    record ListFilter(@Nullable String kind, @Nullable LocalDate from, @Nullable LocalDate to,
            @Nullable UUID organization, @Nullable String country) {

        @Nullable EngagementKind kindValue() {
            return kind == null || kind.isBlank() ? null : EngagementKind.parse(kind).orElse(null);
        }

        @Nullable String countryValue() {
            return country == null || !country.strip().matches("[A-Za-z]{2}") ? null : country.strip();
        }

        String url(int page) {
            return Links.withQuery(Links.LIST, List.of(new String[] {"kind", kindValue() == null ? null : kindValue().name()},
                    new String[] {"from", from == null ? null : from.toString()},
                    new String[] {"to", to == null ? null : to.toString()},
                    new String[] {"organization", organization == null ? null : organization.toString()},
                    new String[] {"country", countryValue()},
                    new String[] {"page", page == 0 ? null : String.valueOf(page)}));
        }
    }

    @GetMapping(Links.LIST)
    String list(@RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable UUID organization,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var filter = new ListFilter(kind, from, to, organization, country);
        int pageIndex = Math.max(0, Math.min(page, 10_000));
        var found = engagements.list(new EngagementFilter(filter.kindValue(), organization, from, to, filter.countryValue()),
                pageIndex, PAGE_SIZE);
        int pages = (int) Math.ceil(found.getTotalElements() / (double) PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("selectedKind", filter.kindValue());
        model.addAttribute("selectedCountry", filter.countryValue());
        model.addAttribute("kinds", EngagementKind.values());
        model.addAttribute("engagements", found.getContent());
        model.addAttribute("organizationNames", names.organizations(found.getContent()));
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("organizationName", organization == null ? null
                : directory.names(List.of(new OrganizationId(organization))).get(new OrganizationId(organization)));
        model.addAttribute("clearOrganizationUrl", new ListFilter(kind, from, to, null, country).url(0));
        model.addAttribute("page", pageIndex);
        model.addAttribute("pages", pages);
        model.addAttribute("previousUrl", pageIndex > 0 ? filter.url(pageIndex - 1) : null);
        model.addAttribute("nextUrl", pageIndex + 1 < pages ? filter.url(pageIndex + 1) : null);
        model.addAttribute("canManage", permissions.canManage());
        return Htmx.wantsFragment(request, response) ? "engagements/list :: results" : "engagements/list";
    }

    // One engagement

    @GetMapping(Links.LIST + "/{id}")
    String show(@PathVariable UUID id, Model model) {
        var engagement = engagements.engagement(id);
        model.addAttribute("engagement", engagement);
        model.addAttribute("parent", engagement.parent() == null ? null : parentOrNull(engagement.parent()));
        model.addAttribute("meetings", engagements.meetings(id));
        var participants = names.localized(engagement.participants());
        model.addAttribute("hubSide", participants.stream().filter(p -> p.side() == Side.HUB).toList());
        model.addAttribute("partnerSide", participants.stream().filter(p -> p.side() == Side.PARTNER).toList());
        boolean staff = permissions.isStaff();
        var followUps = staff ? engagements.followUps(id) : List.<FollowUpView>of();
        model.addAttribute("staff", staff);
        model.addAttribute("followUps", followUps);
        model.addAttribute("owners", owners(followUps));
        model.addAttribute("canManage", permissions.canManage());
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpForm", new FollowUpForm(null, null, null));
        }
        return "engagements/engagement";
    }

    private @Nullable EngagementView parentOrNull(UUID parent) {
        try {
            return engagements.engagement(parent);
        } catch (org.liaison.shared.NotFoundException e) {
            return null;
        }
    }

    // Logging and editing

    @GetMapping(Links.LIST + "/new")
    String createForm(@RequestParam(required = false) @Nullable UUID parent, Model model) {
        permissions.requireManager();
        var participants = new ArrayList<ParticipantRow>();
        directory.homeHub().ifPresent(hub -> participants.add(new ParticipantRow(hub.id().value(), null, Side.HUB, null,
                hub.nameIn(org.springframework.context.i18n.LocaleContextHolder.getLocale()), null)));
        EngagementKind kind = null;
        String zone = defaultTimeZone;
        if (parent != null) {
            var container = engagements.engagement(parent);
            kind = EngagementKind.MEETING;
            zone = container.timeZone();
        }
        return form(EngagementForm.empty(parent, kind, zone, participants), null, model);
    }

    /**
     * A few people of the directory whose names contain the text, as radio buttons named
     * {@code field}: the people picker of the engagement form (the directory's read rule applies).
     */
    @GetMapping(Links.LIST + "/people-picker")
    String peoplePicker(@RequestParam(name = "q", defaultValue = "") String text,
            @RequestParam(defaultValue = "personPick") String field, Model model) {
        permissions.requireManager();
        model.addAttribute("field", field.matches("[A-Za-z]{1,40}") ? field : "personPick");
        model.addAttribute("text", text.strip());
        model.addAttribute("people", directory.peopleNamed(text.strip(), PEOPLE_PICKED).entrySet().stream()
                .map(e -> new PersonChoice(e.getKey().value(), e.getValue())).toList());
        return "engagements/fragments :: people-picker-results";
    }

    static final int PEOPLE_PICKED = 10;

    /** One match of the people picker (a record: templates may not call methods of JDK-internal map entries). */
    record PersonChoice(UUID id, String name) {}

    @PostMapping(Links.LIST)
    String create(@Valid @ModelAttribute("engagementForm") EngagementForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        permissions.requireManager();
        var owner = followUpOwner(form, result);
        if (!result.hasErrors()) {
            try {
                var created = engagements.create(form.toDraft());
                if (form.hasFollowUp()) {
                    engagements.addFollowUp(created.id(), new FollowUpDraft(Objects.requireNonNull(form.followUpTitle()),
                            owner, form.followUpDue()));
                }
                redirect.addFlashAttribute("notice", "engagements.notice.logged");
                return "redirect:" + Links.engagement(created.id());
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e, FIELDS_BY_CODE);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, null, model);
    }

    @GetMapping(Links.LIST + "/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        var engagement = engagements.engagement(id);
        permissions.requireManager();
        return form(EngagementForm.of(engagement, names.localized(engagement.participants())), id, model);
    }

    @PostMapping(Links.LIST + "/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("engagementForm") EngagementForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        engagements.engagement(id);
        permissions.requireManager();
        if (form.version() == null) {
            result.reject("error.version-required");
        }
        var owner = followUpOwner(form, result);
        if (!result.hasErrors()) {
            try {
                engagements.update(id, Objects.requireNonNull(form.version()), form.toDraft());
                if (form.hasFollowUp()) {
                    engagements.addFollowUp(id, new FollowUpDraft(Objects.requireNonNull(form.followUpTitle()), owner,
                            form.followUpDue()));
                }
                redirect.addFlashAttribute("notice", "engagements.notice.saved");
                return "redirect:" + Links.engagement(id);
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e, FIELDS_BY_CODE);
            } catch (StaleVersionException e) {
                return stale(id, e.current(), model, response);
            } catch (OptimisticLockingFailureException e) {
                return stale(id, engagements.engagement(id).version(), model, response);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, id, model);
    }

    /** The owner named in the form (a user name), or null for the one who saves; an unknown name is an error. */
    private @Nullable UUID followUpOwner(EngagementForm form, BindingResult result) {
        if (!form.hasFollowUp()) {
            if (form.followUpDue() != null || form.followUpOwner() != null) {
                result.rejectValue("followUpTitle", "engagements.form.follow-up.title-required");
            }
            return null;
        }
        if (form.followUpOwner() == null) {
            return null;
        }
        var account = accounts.findByUsername(Objects.requireNonNull(form.followUpOwner()))
                .filter(a -> a.enabled() && a.viewer().isStaff());
        if (account.isEmpty()) {
            result.rejectValue("followUpOwner", "engagements.form.follow-up.unknown-owner");
            return null;
        }
        return account.get().id();
    }

    /** The user's input stays in the form, with a warning and the current version to save over knowingly. */
    private String stale(UUID id, long currentVersion, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("stale", true);
        model.addAttribute("version", currentVersion);
        return form(null, id, model);
    }

    private String form(@Nullable EngagementForm fresh, @Nullable UUID id, Model model) {
        if (fresh != null) {
            model.addAttribute("engagementForm", fresh);
        }
        var bound = (EngagementForm) Objects.requireNonNull(model.getAttribute("engagementForm"));
        model.addAttribute("engagementId", id);
        model.addAttribute("kinds", EngagementKind.values());
        model.addAttribute("stages", ProposedStage.values());
        model.addAttribute("parentView", bound.parent() == null ? null : parentOrNull(Objects.requireNonNull(bound.parent())));
        return FORM;
    }

    // Follow-ups

    @PostMapping(Links.LIST + "/{id}/follow-ups")
    String addFollowUp(@PathVariable UUID id, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        engagements.engagement(id);
        permissions.requireManager();
        UUID owner = null;
        if (form.owner() != null) {
            owner = accounts.findByUsername(Objects.requireNonNull(form.owner())).filter(a -> a.enabled() && a.viewer().isStaff())
                    .map(UserAccount::id).orElse(null);
            if (owner == null) {
                result.rejectValue("owner", "engagements.form.follow-up.unknown-owner");
            }
        }
        if (!result.hasErrors()) {
            try {
                engagements.addFollowUp(id, new FollowUpDraft(Objects.requireNonNull(form.title()), owner, form.dueDate()));
                redirect.addFlashAttribute("notice", "engagements.notice.follow-up-added");
                return "redirect:" + Links.engagement(id) + "#follow-ups";
            } catch (RuleViolationException e) {
                FormErrors.reject(result, e, Map.of("unknown-user", "owner", "title-required", "title"));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("openFollowUp", true);
        return show(id, model);
    }

    /** Marks a follow-up done (htmx, from an engagement or My tasks): answers with its row, done. */
    @PostMapping("/follow-ups/{id}/done")
    String done(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
        var done = engagements.markDone(id);
        if (!Htmx.wantsFragment(request, response)) {
            return "redirect:" + Links.engagement(done.engagement()) + "#follow-ups";
        }
        model.addAttribute("f", done);
        model.addAttribute("owners", owners(List.of(done)));
        model.addAttribute("showEngagement", "true".equals(request.getParameter("withEngagement")));
        return "engagements/fragments :: follow-up";
    }

    private Map<UUID, String> owners(List<FollowUpView> followUps) {
        var names = new HashMap<UUID, String>();
        for (var f : followUps) {
            names.computeIfAbsent(f.owner(), o -> accounts.find(o).map(UserAccount::displayName).orElse(""));
        }
        return names;
    }
}
