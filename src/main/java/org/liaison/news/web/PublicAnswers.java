package org.liaison.news.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import org.liaison.news.internal.NewsService;
import org.liaison.news.internal.NewsSettings;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the public news answers share: caching (an ETag of the public revision and the language,
 * Last-Modified of the latest public change; public for a minute) and absolute links.
 */
final class PublicAnswers {

    private PublicAnswers() {}

    /**
     * True when the client's copy is current: answer 304 with nothing more. A page for a signed-in
     * user (with the editor's links) is private; what anonymous visitors get may be cached by anyone.
     */
    static boolean notModified(WebRequest request, HttpServletResponse response, NewsService news, String variant,
            boolean personal) {
        response.setHeader("Cache-Control", personal ? "private, no-cache" : "public, max-age=60");
        return notModified(request, response, news, variant + (personal ? "#personal" : ""));
    }

    /** True when the client's copy is current: answer 304 with nothing more. */
    static boolean notModified(WebRequest request, HttpServletResponse response, NewsService news, String variant) {
        Instant last = news.lastPublicChange();
        String etag = "\"news-" + news.publicRevision() + "-" + LocaleContextHolder.getLocale().getLanguage() + "-"
                + Integer.toHexString(variant.hashCode()) + "\"";
        if (!response.containsHeader("Cache-Control")) {
            response.setHeader("Cache-Control", "public, max-age=60");
        }
        response.addHeader("Vary", "Accept-Language, Cookie");
        return request.checkNotModified(etag, last.toEpochMilli());
    }

    /** The absolute address of a path: under {@code liaison.news.public-url} when set, else the request's. */
    static String absolute(NewsSettings settings, String path) {
        if (settings.publicUrl() != null) {
            String base = settings.publicUrl().toString();
            return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }
}
