package org.liaison.news.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.TopicNames;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The topics of the taxonomy in the newsroom: the hub's staff see them; administrators and
 * cooperation managers add them, rename them in the four languages, reorder them and retire one
 * by merging it into another (its items and followers move; the seed topics stay). An invalid
 * change comes back on the page with a readable message (422), a stale one with a warning (409).
 */
@Controller
class TopicsController {

    static final String PAGE = "newsroom/topics";

    private final NewsService news;
    private final CurrentViewer viewer;
    private final MessageSource messages;

    TopicsController(NewsService news, CurrentViewer viewer, MessageSource messages) {
        this.news = news;
        this.viewer = viewer;
        this.messages = messages;
    }

    /** A topic as the page lists it: whether it is a seed topic, which stays. */
    record Row(org.liaison.news.internal.TopicView topic, boolean seed) {}

    @GetMapping("/newsroom/topics")
    String list(Model model) {
        if (!viewer.get().isStaff()) {
            throw new AccessDeniedException("The newsroom is the hub's own");
        }
        return page(model);
    }

    @PostMapping("/newsroom/topics")
    String create(@RequestParam(required = false) @Nullable String slug, @RequestParam(defaultValue = "") String en,
            @RequestParam(defaultValue = "") String ru, @RequestParam(defaultValue = "") String zh,
            @RequestParam(defaultValue = "") String ja, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireEditor();
        try {
            news.createTopic(slug, new TopicNames(en, ru, zh, ja), null);
            redirect.addFlashAttribute("notice", "news.notice.topic-created");
            return "redirect:/newsroom/topics";
        } catch (RuleViolationException e) {
            model.addAttribute("draft", new Draft(slug, en, ru, zh, ja));
            return problem(model, response, HttpStatus.UNPROCESSABLE_CONTENT, "error." + e.code(), e.getMessage());
        }
    }

    /** What an editor typed into the form to add a topic, shown again when it is refused. */
    record Draft(@Nullable String slug, String en, String ru, String zh, String ja) {}

    @PostMapping("/newsroom/topics/{id}")
    String rename(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
            @RequestParam(defaultValue = "") String en, @RequestParam(defaultValue = "") String ru,
            @RequestParam(defaultValue = "") String zh, @RequestParam(defaultValue = "") String ja,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, model, response, redirect, "news.notice.topic-saved", () -> {
            news.updateTopic(id, required(version), new TopicNames(en, ru, zh, ja), null);
        });
    }

    @PostMapping("/newsroom/topics/{id}/move")
    String move(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
            @RequestParam(defaultValue = "up") String direction, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(id, model, response, redirect, "news.notice.topic-moved",
                () -> news.moveTopic(id, required(version), !"down".equals(direction)));
    }

    @PostMapping("/newsroom/topics/{id}/retire")
    String retire(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable UUID into, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(id, model, response, redirect, "news.notice.topic-retired", () -> {
            if (into == null) {
                throw new RuleViolationException("news-topic-retire-into", "Choose another existing topic to move the items to");
            }
            news.retireTopic(id, required(version), into);
        });
    }

    private String change(UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect, String notice,
            Runnable action) {
        requireEditor();
        news.topic(id); // 404 for an unknown topic
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/newsroom/topics";
        } catch (RuleViolationException e) {
            return problem(model, response, HttpStatus.UNPROCESSABLE_CONTENT, "error." + e.code(), e.getMessage());
        } catch (StaleVersionException | OptimisticLockingFailureException e) {
            return problem(model, response, HttpStatus.CONFLICT, "news.topics.stale", null);
        }
    }

    private static long required(@Nullable Long version) {
        if (version == null) {
            throw new RuleViolationException("version-required", "The version of the topic edited is required");
        }
        return version;
    }

    private String problem(Model model, HttpServletResponse response, HttpStatus status, String key, @Nullable String fallback) {
        response.setStatus(status.value());
        model.addAttribute("problem", messages.getMessage(key, null, fallback == null ? key : fallback, LocaleContextHolder.getLocale()));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("rows", news.topics().stream().map(t -> new Row(t, news.isSeedTopic(t.slug()))).toList());
        model.addAttribute("topics", news.topics());
        model.addAttribute("canEdit", news.canEdit());
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new Draft(null, "", "", "", ""));
        }
        return PAGE;
    }

    private void requireEditor() {
        if (!news.canEdit()) {
            throw new AccessDeniedException("Only administrators and cooperation managers manage topics");
        }
    }
}
