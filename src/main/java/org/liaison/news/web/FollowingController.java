package org.liaison.news.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.Subscription;
import org.liaison.news.internal.TopicView;
import org.liaison.news.internal.WhatIsNew;
import org.liaison.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a signed-in user follows (topics, organizations by name, countries), where their daily
 * digest goes, and the list of what is new about it.
 */
@Controller
class FollowingController {

    private final WhatIsNew whatIsNew;
    private final NewsService news;
    private final DirectoryQueries directory;
    private final MessageSource messages;

    FollowingController(WhatIsNew whatIsNew, NewsService news, DirectoryQueries directory, MessageSource messages) {
        this.whatIsNew = whatIsNew;
        this.news = news;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/whats-new")
    String whatsNew(Model model) {
        model.addAttribute("updates", whatIsNew.forMe(100));
        model.addAttribute("following", !whatIsNew.mine().isEmpty());
        return "news/whats-new";
    }

    @GetMapping("/following")
    String following(Model model) {
        var topics = news.topics().stream().collect(Collectors.toMap(TopicView::slug, TopicView::name));
        var mine = whatIsNew.mine();
        var orgNames = directory.names(mine.stream().filter(s -> s.getKind() == Subscription.Kind.ORGANIZATION)
                .map(s -> new OrganizationId(UUID.fromString(s.getTarget()))).toList());
        var rows = new ArrayList<Row>();
        for (var s : mine) {
            String label = switch (s.getKind()) {
                case TOPIC -> topics.getOrDefault(s.getTarget(), s.getTarget());
                case ORGANIZATION -> orgNames.getOrDefault(new OrganizationId(UUID.fromString(s.getTarget())), s.getTarget());
                case COUNTRY -> Locale.of("", s.getTarget()).getDisplayCountry(LocaleContextHolder.getLocale());
            };
            rows.add(new Row(s.getId(), s.getKind(), label));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("topics", news.topics());
        model.addAttribute("email", whatIsNew.myDigestAddress());
        return "news/following";
    }

    /** A followed thing as the page lists it. */
    record Row(UUID id, Subscription.Kind kind, String label) {}

    @PostMapping("/following")
    String follow(@RequestParam String kind, @RequestParam(defaultValue = "") String target, RedirectAttributes redirect) {
        try {
            var wanted = Subscription.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            String value = target;
            if (wanted == Subscription.Kind.ORGANIZATION) {
                value = directory.organizationNamed(target.strip()).map(o -> o.value().toString())
                        .orElseThrow(() -> new RuleViolationException("news-unknown-organization", "No such organization: " + target));
            }
            whatIsNew.follow(wanted, value);
            redirect.addFlashAttribute("notice", "news.notice.followed");
        } catch (DataIntegrityViolationException raced) {
            // The same follow sent twice at once (a double click): the other request made it.
            redirect.addFlashAttribute("notice", "news.notice.followed");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", text("error.news-invalid-subscription", null));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", text("error." + e.code(), e.getMessage()));
        }
        return "redirect:/following";
    }

    @PostMapping("/following/{id}/delete")
    String unfollow(@PathVariable UUID id, RedirectAttributes redirect) {
        whatIsNew.unfollow(id);
        redirect.addFlashAttribute("notice", "news.notice.unfollowed");
        return "redirect:/following";
    }

    @PostMapping("/following/digest")
    String digest(@RequestParam(required = false) @Nullable String email, RedirectAttributes redirect) {
        try {
            whatIsNew.digestTo(email);
            redirect.addFlashAttribute("notice", "news.notice.digest");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", text("error." + e.code(), e.getMessage()));
        }
        return "redirect:/following";
    }

    private String text(String key, @Nullable String fallback) {
        return messages.getMessage(key, null, fallback == null ? key : fallback, LocaleContextHolder.getLocale());
    }

}
