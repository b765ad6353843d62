package org.liaison.news.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.NewsSettings;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.HtmlUtils;

/** The sitemap (sitemaps.org 0.9) of the public pages: the news, its topics and every published item. */
@RestController
class SitemapController {

    static final int MAX_ITEMS = 45_000;

    private final NewsService news;
    private final NewsSettings settings;

    SitemapController(NewsService news, NewsSettings settings) {
        this.news = news;
        this.settings = settings;
    }

    @GetMapping(path = "/sitemap.xml")
    ResponseEntity<String> sitemap(WebRequest request, HttpServletResponse response) {
        if (PublicAnswers.notModified(request, response, news, "/sitemap.xml")) {
            return ResponseEntity.status(304).build();
        }
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, "/news", news.lastPublicChange().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE));
        news.topics().forEach(t -> url(xml, "/news/topics/" + t.slug(), null));
        news.latest(MAX_ITEMS).forEach(h -> url(xml, h.path(),
                h.publishedAt().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE)));
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(xml.toString());
    }

    private void url(StringBuilder xml, String path, String lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(PublicAnswers.absolute(settings, path))).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
