package org.liaison.news.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.jspecify.annotations.Nullable;
import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.NewsSettings;
import org.liaison.news.internal.NewsView;
import org.liaison.news.internal.TopicView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Atom 1.0 feeds of the published news, whole and per topic, written with Rome. */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final NewsService news;
    private final NewsSettings settings;
    private final MessageSource messages;

    FeedController(NewsService news, NewsSettings settings, MessageSource messages) {
        this.news = news;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/news/feed.atom")
    ResponseEntity<String> whole(WebRequest request, HttpServletResponse response) throws FeedException {
        if (PublicAnswers.notModified(request, response, news, "/news/feed.atom")) {
            return ResponseEntity.status(304).build();
        }
        String title = messages.getMessage("news.feed.title", null, LocaleContextHolder.getLocale());
        return atom(title, "/news/feed.atom", "/news", news.latestViews(settings.pageSize()));
    }

    @GetMapping("/news/topics/{slug}/feed.atom")
    ResponseEntity<String> topic(@PathVariable String slug, WebRequest request, HttpServletResponse response)
            throws FeedException {
        TopicView topic = news.topic(slug);
        if (PublicAnswers.notModified(request, response, news, "/news/topics/" + slug + "/feed.atom")) {
            return ResponseEntity.status(304).build();
        }
        String title = messages.getMessage("news.feed.topic.title", new Object[] {topic.name()}, LocaleContextHolder.getLocale());
        return atom(title, "/news/topics/" + slug + "/feed.atom", "/news/topics/" + slug,
                news.latestViews(slug, settings.pageSize()));
    }

    private ResponseEntity<String> atom(String title, String self, String page, List<NewsView> items) throws FeedException {
        var feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(PublicAnswers.absolute(settings, self));
        feed.setLink(PublicAnswers.absolute(settings, page));
        var selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setType("application/atom+xml");
        selfLink.setHref(PublicAnswers.absolute(settings, self));
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(PublicAnswers.absolute(settings, page));
        feed.setLinks(List.of(selfLink, alternate));
        feed.setPublishedDate(Date.from(news.lastPublicChange()));
        feed.setLanguage(LocaleContextHolder.getLocale().getLanguage());
        var author = new SyndPersonImpl();
        author.setName(messages.getMessage("layout.brand", null, LocaleContextHolder.getLocale()));
        feed.setAuthors(List.of(author));
        var entries = new ArrayList<SyndEntry>();
        items.forEach(item -> entries.add(entry(item)));
        feed.setEntries(entries);
        String xml = new SyndFeedOutput().outputString(feed, true);
        return ResponseEntity.ok().contentType(ATOM).body(xml);
    }

    private SyndEntry entry(NewsView item) {
        var entry = new SyndEntryImpl();
        String href = PublicAnswers.absolute(settings, item.path());
        entry.setUri(href);
        entry.setLink(href);
        entry.setTitle(item.title());
        Date published = Date.from(Objects.requireNonNull(item.publishedAt()));
        entry.setPublishedDate(published);
        entry.setUpdatedDate(Date.from(item.updatedAt().isAfter(item.publishedAt()) ? item.updatedAt() : item.publishedAt()));
        if (item.sourceName() != null) {
            var source = new SyndPersonImpl();
            source.setName(item.sourceName());
            source.setUri(item.sourceUrl());
            entry.setAuthors(List.of(source));
        }
        @Nullable String summary = item.summary();
        if (summary != null) {
            var description = new SyndContentImpl();
            description.setType("text");
            description.setValue(summary);
            entry.setDescription(description);
        }
        var content = new SyndContentImpl();
        content.setType("html");
        content.setValue(item.body()); // sanitized when it was written
        entry.setContents(List.of(content));
        entry.setCategories(item.topics().stream().map(t -> {
            var category = new SyndCategoryImpl();
            category.setName(t.slug());
            category.setLabel(t.name());
            category.setTaxonomyUri(PublicAnswers.absolute(settings, "/news/topics/"));
            return (com.rometools.rome.feed.synd.SyndCategory) category;
        }).toList());
        return entry;
    }
}
