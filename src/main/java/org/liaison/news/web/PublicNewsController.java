package org.liaison.news.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.liaison.access.CurrentViewer;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.NewsSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The public news pages, for anonymous visitors too: the latest items, the items of a topic, and
 * an item with its topics and the organizations it is about. Each advertises its Atom feed, and
 * answers 304 to a client whose copy is current.
 */
@Controller
class PublicNewsController {

    private final NewsService news;
    private final NewsSettings settings;
    private final DirectoryQueries directory;
    private final CurrentViewer viewer;
    private final MessageSource messages;

    PublicNewsController(NewsService news, NewsSettings settings, DirectoryQueries directory, CurrentViewer viewer,
            MessageSource messages) {
        this.news = news;
        this.settings = settings;
        this.directory = directory;
        this.viewer = viewer;
        this.messages = messages;
    }

    @GetMapping("/news")
    @Nullable String latest(WebRequest request, HttpServletResponse response, Model model) {
        if (PublicAnswers.notModified(request, response, news, "/news", !viewer.get().isAnonymous())) {
            return null;
        }
        model.addAttribute("items", news.latestViews(settings.pageSize()));
        model.addAttribute("topics", news.topics());
        model.addAttribute("topic", null);
        model.addAttribute("atomFeeds", List.of(wholeFeed()));
        model.addAttribute("canEdit", news.canEdit());
        return "news/list";
    }

    @GetMapping("/news/topics/{slug}")
    @Nullable String topic(@PathVariable String slug, WebRequest request, HttpServletResponse response, Model model) {
        var topic = news.topic(slug);
        if (PublicAnswers.notModified(request, response, news, "/news/topics/" + slug, !viewer.get().isAnonymous())) {
            return null;
        }
        model.addAttribute("items", news.latestViews(slug, settings.pageSize()));
        model.addAttribute("topics", news.topics());
        model.addAttribute("topic", topic);
        model.addAttribute("atomFeeds", List.of(
                new Feed("/news/topics/" + topic.slug() + "/feed.atom",
                        messages.getMessage("news.feed.topic.title", new Object[] {topic.name()}, LocaleContextHolder.getLocale())),
                wholeFeed()));
        model.addAttribute("canEdit", news.canEdit());
        return "news/list";
    }

    @GetMapping("/news/{slug}")
    @Nullable String item(@PathVariable String slug, WebRequest request, HttpServletResponse response, Model model) {
        var item = news.publishedView(slug);
        if (PublicAnswers.notModified(request, response, news, "/news/" + slug, !viewer.get().isAnonymous())) {
            return null;
        }
        // Organizations link to their directory page only for a viewer who may see it there.
        var visible = viewer.get().isAnonymous() ? Map.<OrganizationId, String>of()
                : directory.names(item.organizations().stream().map(o -> new OrganizationId(o.organization())).toList());
        var organizations = new ArrayList<OrganizationLink>();
        item.organizations().forEach(o -> organizations.add(new OrganizationLink(o.name(),
                visible.containsKey(new OrganizationId(o.organization())) ? "/directory/organizations/" + o.organization() : null)));
        model.addAttribute("item", item);
        model.addAttribute("organizations", organizations);
        var feeds = new ArrayList<Feed>();
        feeds.add(wholeFeed());
        item.topics().forEach(t -> feeds.add(new Feed("/news/topics/" + t.slug() + "/feed.atom",
                messages.getMessage("news.feed.topic.title", new Object[] {t.name()}, LocaleContextHolder.getLocale()))));
        model.addAttribute("atomFeeds", feeds);
        model.addAttribute("canEdit", news.canEdit());
        return "news/item";
    }

    /** An organization an item is about: the name the item gives it, and its page when the viewer may open it. */
    record OrganizationLink(String name, @Nullable String href) {}

    private Feed wholeFeed() {
        return new Feed("/news/feed.atom", messages.getMessage("news.feed.title", null, LocaleContextHolder.getLocale()));
    }
}
