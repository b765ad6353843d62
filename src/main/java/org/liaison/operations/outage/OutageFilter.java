package org.liaison.operations.outage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.news.PublicSnapshots;
import org.liaison.shared.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database does not answer: the public news pages, Atom feeds and the sitemap come from
 * their last rendered copies on disk (HTML with a banner saying so); the API answers a 503 problem
 * detail ({@code database-unavailable}) and every other page a 503 page in the visitor's language,
 * both with Retry-After. Health, static files and error pages pass. It runs before security, which
 * itself needs the database (tokens, accounts).
 */
class OutageFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    static final String SNAPSHOT_HEADER = "X-Liaison-Snapshot";

    private final DatabaseProbe probe;
    private final PublicSnapshots snapshots;
    private final Problems problems;
    private final MessageSource messages;
    private final LocaleResolver locales;

    OutageFilter(DatabaseProbe probe, PublicSnapshots snapshots, Problems problems, MessageSource messages, LocaleResolver locales) {
        this.probe = probe;
        this.snapshots = snapshots;
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    static boolean passes(String path) {
        return path.startsWith("/actuator/") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/images/") || path.equals("/favicon.ico") || path.equals("/error");
    }

    static boolean isPublic(String path) {
        return path.equals("/news") || path.startsWith("/news/") || path.equals("/sitemap.xml");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (passes(path) || probe.isUp()) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locale(request);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && isPublic(path)) {
            var snapshot = snapshots.get(path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path);
            if (snapshot.isPresent()) {
                serve(snapshot.get(), locale, response);
                return;
            }
        }
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (Problems.isApiRequest(request)) {
            var problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                    messages.getMessage("outage.api", null, locale));
            problem.setTitle(messages.getMessage("outage.title", null, locale));
            problems.write(request, response, problem);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(page(locale).getBytes(StandardCharsets.UTF_8));
    }

    private Locale locale(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException e) {
            return Locale.ENGLISH;
        }
    }

    private void serve(PublicSnapshots.Snapshot snapshot, Locale locale, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(snapshot.contentType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader(SNAPSHOT_HEADER, snapshot.writtenAt().toString());
        byte[] content = snapshot.content();
        if (snapshot.contentType().startsWith("text/html")) {
            content = withBanner(new String(content, StandardCharsets.UTF_8), banner(locale)).getBytes(StandardCharsets.UTF_8);
        }
        response.getOutputStream().write(content);
    }

    private String banner(Locale locale) {
        return "<div class=\"maintenance-banner outage-banner\" role=\"status\"><strong>"
                + HtmlUtils.htmlEscape(messages.getMessage("outage.banner", null, locale)) + "</strong></div>";
    }

    /** The page with the banner as the first thing in its body (or in front, for a page without one). */
    static String withBanner(String html, String banner) {
        int body = html.indexOf("<body");
        int end = body < 0 ? -1 : html.indexOf('>', body);
        return end < 0 ? banner + html : html.substring(0, end + 1) + banner + html.substring(end + 1);
    }

    private String page(Locale locale) {
        String lang = HtmlUtils.htmlEscape(locale.getLanguage());
        String title = HtmlUtils.htmlEscape(messages.getMessage("outage.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("outage.text", null, locale));
        String news = HtmlUtils.htmlEscape(messages.getMessage("outage.news", null, locale));
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/liaison.css\"></head><body><main class=\"outage-page\" id=\"outage\">"
                + "<h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/news\">" + news + "</a></p></main></body></html>\n";
    }
}
