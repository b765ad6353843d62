package org.liaison.news.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.PersonId;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementQueries;
import org.liaison.news.internal.NewsDraft;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.NewsStatus;
import org.liaison.shared.RecordHistory;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleVersionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
 * The newsroom: editors (administrators and cooperation managers) write items with a live preview
 * of the sanitized text, publish them, schedule them and withdraw them. The hub's staff see the list.
 * Invalid input comes back with messages next to the fields (422); a stale edit with a warning (409).
 */
@Controller
class NewsroomController {

    static final String FORM = "newsroom/form";
    static final int HISTORY_SHOWN = 50;

    static final Map<String, String> FIELDS_BY_CODE = Map.of(
            "news-title-required", "title",
            "news-body-required", "body",
            "news-invalid-lang", "lang",
            "news-invalid-source-url", "sourceUrl",
            "news-unknown-topic", "topics",
            "news-unknown-organization", "organizations",
            "news-unknown-person", "people",
            "news-unknown-engagement", "engagements");

    private final NewsService news;
    private final DirectoryQueries directory;
    private final EngagementQueries engagements;
    private final MessageSource messages;
    private final ObjectProvider<RecordHistory> history;

    NewsroomController(NewsService news, DirectoryQueries directory, EngagementQueries engagements, MessageSource messages,
            ObjectProvider<RecordHistory> history) {
        this.history = history;
        this.news = news;
        this.directory = directory;
        this.engagements = engagements;
        this.messages = messages;
    }

    @GetMapping("/newsroom")
    String list(@RequestParam(required = false) @Nullable String status, Model model) {
        var wanted = status == null || status.isBlank() ? null : NewsStatus.parse(status).orElse(null);
        model.addAttribute("items", news.all(wanted, 0, 200));
        model.addAttribute("status", wanted);
        model.addAttribute("statuses", NewsStatus.values());
        model.addAttribute("canEdit", news.canEdit());
        return "newsroom/list";
    }

    @GetMapping("/newsroom/new")
    String createForm(Model model) {
        requireEditor();
        return form(NewsForm.empty(LocaleContextHolder.getLocale().getLanguage()), null, model);
    }

    @PostMapping("/newsroom")
    String create(@Valid @ModelAttribute("newsForm") NewsForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor();
        var draft = draft(form, result);
        if (draft != null && !result.hasErrors()) {
            try {
                var created = news.create(draft);
                redirect.addFlashAttribute("notice", "news.notice.created");
                return "redirect:/newsroom/" + created.id() + "/edit";
            } catch (RuleViolationException e) {
                reject(result, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, null, model);
    }

    @GetMapping("/newsroom/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        var item = news.item(id);
        requireEditor();
        return form(NewsForm.of(item), id, model);
    }

    @PostMapping("/newsroom/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("newsForm") NewsForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        news.item(id);
        requireEditor();
        if (form.version() == null) {
            result.reject("error.version-required");
        }
        var draft = draft(form, result);
        if (draft != null && !result.hasErrors()) {
            try {
                news.update(id, form.version(), draft);
                redirect.addFlashAttribute("notice", "news.notice.saved");
                return "redirect:/newsroom/" + id + "/edit";
            } catch (RuleViolationException e) {
                reject(result, e);
            } catch (StaleVersionException | OptimisticLockingFailureException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("stale", true);
                model.addAttribute("version", news.item(id).version());
                return form(null, id, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(null, id, model);
    }

    /** The preview of the body as the public page will show it (htmx fragment). */
    @PostMapping("/newsroom/preview")
    String preview(@RequestParam(defaultValue = "") String body, Model model) {
        requireEditor();
        model.addAttribute("preview", news.preview(body));
        return FORM + " :: preview";
    }

    @PostMapping("/newsroom/{id}/publish")
    String publish(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
        return act(id, redirect, "news.notice.published", () -> news.publish(id, version));
    }

    @PostMapping("/newsroom/{id}/schedule")
    String schedule(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime at,
            @RequestParam(defaultValue = "UTC") String zone, RedirectAttributes redirect) {
        return act(id, redirect, "news.notice.scheduled", () -> {
            if (at == null) {
                throw new RuleViolationException("news-schedule-in-past", "Choose when to publish");
            }
            ZoneId timeZone;
            try {
                timeZone = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new RuleViolationException("news-invalid-zone", "Unknown time zone: " + zone);
            }
            news.schedule(id, version, at.atZone(timeZone).toInstant());
        });
    }

    @PostMapping("/newsroom/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
        return act(id, redirect, "news.notice.withdrawn", () -> news.withdraw(id, version));
    }

    private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
        news.item(id);
        requireEditor();
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("error." + e.code(), null, e.getMessage(),
                    LocaleContextHolder.getLocale()));
        } catch (StaleVersionException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("news.form.stale", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/newsroom/" + id + "/edit";
    }

    private String form(@Nullable NewsForm form, @Nullable UUID id, Model model) {
        if (form != null) {
            model.addAttribute("newsForm", form);
        }
        model.addAttribute("itemId", id);
        model.addAttribute("item", id == null ? null : news.item(id));
        // the history panel: each change of the item with who, when, before and after (the hub's staff only get here)
        var trail = history.getIfAvailable();
        model.addAttribute("history", id == null || trail == null ? List.of() : trail.of("news_item", id, HISTORY_SHOWN));
        model.addAttribute("topics", news.topics());
        model.addAttribute("languages", List.of("en", "ru", "zh", "ja"));
        return FORM;
    }

    /** The draft of a form, with names looked up; unknown names are marked on their fields (null then). */
    private @Nullable NewsDraft draft(NewsForm form, BindingResult result) {
        URI source = null;
        if (form.sourceUrl() != null && !form.sourceUrl().isBlank()) {
            try {
                source = new URI(form.sourceUrl().strip());
            } catch (URISyntaxException e) {
                result.rejectValue("sourceUrl", "error.news-invalid-source-url");
            }
        }
        var organizations = new ArrayList<UUID>();
        for (String name : NewsForm.lines(form.organizations())) {
            directory.organizationNamed(name).map(OrganizationId::value).ifPresentOrElse(organizations::add,
                    () -> result.rejectValue("organizations", "news.form.unknown-organization", new Object[] {name}, name));
        }
        var people = new LinkedHashSet<UUID>();
        for (String name : NewsForm.lines(form.people())) {
            directory.personNamed(name).map(PersonId::value).ifPresentOrElse(people::add,
                    () -> result.rejectValue("people", "news.form.unknown-person", new Object[] {name}, name));
        }
        var linked = new LinkedHashSet<UUID>();
        for (String title : NewsForm.lines(form.engagements())) {
            engagements.engagementTitled(title).map(EngagementId::value).ifPresentOrElse(linked::add,
                    () -> result.rejectValue("engagements", "news.form.unknown-engagement", new Object[] {title}, title));
        }
        if (result.hasErrors()) {
            return null;
        }
        return new NewsDraft(nonNull(form.title()), form.summary(), nonNull(form.body()), nonNull(form.lang()),
                form.sourceName(), source, new LinkedHashSet<>(form.topics()), organizations, people, linked);
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static void reject(BindingResult result, RuleViolationException e) {
        String field = FIELDS_BY_CODE.get(e.code());
        if (field != null) {
            result.rejectValue(field, "error." + e.code(), e.getMessage());
        } else {
            result.reject("error." + e.code(), e.getMessage());
        }
    }

    private void requireEditor() {
        if (!news.canEdit()) {
            throw new AccessDeniedException("Only administrators and cooperation managers write news");
        }
    }
}
