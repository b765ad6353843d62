package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.access.Actor;
import org.liaison.access.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Walks the product as its users do. On a demo instance (the reference story loaded), for each
 * actor (anonymous, and the demo users partner, manager, committee and admin of README.md, signed
 * in through the login form with their second factor) and each language (en, ru, zh, ja, chosen by
 * the language cookie as the switcher leaves it), it follows breadth-first, from the home page,
 * every same-origin link a page offers ({@code a[href]}, {@code hx-get}, alternate feeds), with GET
 * only, and checks every answer:
 * <ul>
 * <li>no 5xx, and no 4xx or sign-in redirect for a link a page offered to this actor;</li>
 * <li>no unresolved message ({@code ??key_xx??}), no {@code {0}} left in text, no raw message key
 * or enum constant;</li>
 * <li>{@code <html lang>} is the language asked for, one {@code <title>} with text, one {@code <h1>};</li>
 * <li>in ru, zh and ja: no text equal to an English bundle value whose translation differs (text
 * marked with another {@code lang}, such as a name in its own script, is left alone).</li>
 * </ul>
 * Bounds keep it short: {@value #MAX_PAGES} requests per actor and language, {@value #PER_PATTERN}
 * per path pattern (ids differ, pages are the same) and one per pattern for downloads. Every
 * finding of a crawl is listed at once. {@link #KNOWN} lists the defects not yet fixed, each named.
 * <p>
 * {@code -Dcrawl.only=manager/ru} runs one crawl alone, to look into its findings.
 */
@SpringBootTest(properties = { "liaison.access.admin-password=" + PagesCrawlIntegrationTests.ADMIN_PASSWORD,
        "spring.thymeleaf.cache=true" })
@AutoConfigureMockMvc
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesCrawlIntegrationTests {

    /** The administrator's first password on this instance (LIAISON_ADMIN_PASSWORD in README.md). */
    static final String ADMIN_PASSWORD = "Crawl-admin-7q4z-2012";

    static final List<String> LANGUAGES = List.of("en", "ru", "zh", "ja");
    static final int MAX_PAGES = 400;
    static final int PER_PATTERN = 3;
    static final int PER_DOWNLOAD_PATTERN = 1;

    /**
     * Known defects the crawl still finds, each one entry: the URL pattern it is found on, a part
     * of the finding's text, and what is wrong. An entry that no crawl finds any more fails the
     * test, so the list only shrinks.
     */
    static final List<Known> KNOWN = List.of(
            // The audit log and the history panels name changed fields by their column (kind, country,
            // done, ...), in English in every language: they want a label per audited column (157 of them).
            new Known("/admin/audit.*", "English in text of <li strong>: \"done\"",
                    "audit log and history panels: field names are column names, untranslated"));

    record Known(Pattern url, String finding, String defect) {
        Known(String url, String finding, String defect) {
            this(Pattern.compile(url), finding, defect);
        }

        boolean covers(Finding f) {
            return url.matcher(f.url()).matches() && f.problem().contains(finding);
        }
    }

    /** The demo users of README.md; the administrator's password is this instance's first one. */
    static final Map<Actor, String[]> DEMO_USERS = Map.of(
            Actor.PARTNER, new String[] { "partner", "demo-partner-2012" },
            Actor.MANAGER, new String[] { "manager", "demo-manager-2012" },
            Actor.COMMITTEE, new String[] { "committee", "demo-committee-2012" },
            Actor.ADMIN, new String[] { "admin", ADMIN_PASSWORD });

    /** The seed story's news item, public. */
    static final String SEED_NEWS = "/news/skolkovo-to-develop-cooperation-with-china-and-japan";
    /** The seed story's pages every signed-in user reaches by links: organizations, engagements, agreements, the forum. */
    static final List<String> STORY_PAGES = List.of(SEED_NEWS, "/directory/organizations/{id}", "/engagements/{id}",
            "/agreements/{id}", "/forum/events/{id}");
    static final List<String> STAFF_PAGES = List.of("/relationships/{id}", "/funds/{id}");

    /** What a crawl must reach, so that a crawl stopped early cannot pass. */
    static List<String> mustReach(Actor actor) {
        var pages = new ArrayList<String>();
        if (actor.isAnonymous()) {
            return List.of(SEED_NEWS);
        }
        pages.addAll(STORY_PAGES);
        if (actor != Actor.PARTNER) {
            pages.addAll(STAFF_PAGES);
        }
        if (actor == Actor.ADMIN) {
            pages.add("/admin/audit");
        }
        return pages;
    }

    /** Not pages of the product: static files, the API's own documentation, the actuator. */
    static final List<String> NOT_PAGES = List.of("/webjars/", "/css/", "/js/", "/images/", "/favicon.ico",
            "/swagger-ui", "/v3/api-docs", "/actuator");

    /** Paths of files to download: fetched for their status only, once per pattern. */
    static final Pattern DOWNLOAD = Pattern.compile(".*\\.(pdf|ics|csv|xlsx|atom|xml|zip|txt|json|docx|png|jpg)$");

    static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final Pattern NUMBER = Pattern.compile("\\d+");
    static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?<>\\s]+\\?\\?");
    static final Pattern PLACEHOLDER_LEFT = Pattern.compile("\\{\\d+(,[^}]*)?}");
    static final Pattern KEY_LIKE = Pattern.compile("(?<![\\w./@:-])[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+(?![\\w/@-])");
    static final Pattern ENUM_CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    /**
     * Values as a record holds them (history panels, the audit log): data, so not compared with the
     * bundles' English; coded values among them must still read in the page's language.
     */
    static final String RECORDED = ".history__before, .history__after";
    /** Attributes users read (tooltips, screen readers, empty fields). */
    static final List<String> READ_ATTRIBUTES = List.of("title", "placeholder", "aria-label", "alt");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    /** Text that is data, not the interface: the names users go by (such as the first administrator's). */
    final Set<String> dataTexts = new HashSet<>();

    final Map<Actor, MockHttpSession> sessions = new EnumMap<>(Actor.class);
    final Bundles bundles = Bundles.load();
    final List<Finding> allFindings = new ArrayList<>();

    @BeforeAll
    void signIn() throws Exception {
        dataTexts.addAll(jdbc.queryForList("select display_name from user_account", String.class));
        for (var user : DEMO_USERS.entrySet()) {
            sessions.put(user.getKey(), SignedIn.login(mvc, user.getValue()[0], user.getValue()[1]));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageEveryActorCanReachWorksInEveryLanguage() {
        var tests = new ArrayList<DynamicTest>();
        String only = System.getProperty("crawl.only", "");
        for (Actor actor : Actor.values()) {
            for (String language : LANGUAGES) {
                if (!only.isEmpty() && !only.equals(actor.column() + "/" + language)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(actor.column() + " in " + language, () -> {
                    var crawl = new Crawl(actor, language);
                    crawl.run();
                    System.out.printf("Crawl %s/%s: %d requests (%d pages, %d fragments, %d downloads, %d redirects), "
                            + "%d patterns, %d links left by the bounds, %d ms%n", actor.column(), language,
                            crawl.requests, crawl.pages, crawl.fragments, crawl.downloads, crawl.redirects,
                            crawl.perPattern.size(), crawl.skippedByBounds, crawl.millis);
                    if (!only.isEmpty()) {
                        new TreeSet<>(crawl.perPattern.keySet()).forEach(p -> System.out.println("  pattern " + p));
                    }
                    allFindings.addAll(crawl.findings);
                    var open = crawl.findings.stream().filter(f -> KNOWN.stream().noneMatch(k -> k.covers(f)))
                            .map(Finding::toString).toList();
                    assertThat(crawl.perPattern.keySet()).as("pages reached as %s in %s", actor.column(), language)
                            .containsAll(mustReach(actor));
                    assertThat(open).as("%d findings as %s in %s:%n%s%n", open.size(), actor.column(), language,
                            String.join("\n", open)).isEmpty();
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("every allow-listed defect is still found", () -> {
            if (!only.isEmpty()) {
                return;
            }
            var gone = KNOWN.stream().filter(k -> allFindings.stream().noneMatch(k::covers)).map(Known::defect).toList();
            assertThat(gone).as("allow-listed defects no crawl finds any more: remove them from KNOWN").isEmpty();
        }));
        return tests.stream();
    }

    /** What is wrong, where, for whom. */
    record Finding(String actor, String language, String url, String from, String problem) {
        @Override
        public String toString() {
            return actor + " " + language + " " + url + " (linked from " + from + "): " + problem;
        }
    }

    /** A link to follow: the URL (path and query), the page that offered it, whether it is an htmx fragment. */
    record Link(String url, String from, boolean fragment) {}

    /** One actor's walk in one language. */
    final class Crawl {

        final Actor actor;
        final String language;
        final @Nullable MockHttpSession session;
        final ArrayDeque<Link> queue = new ArrayDeque<>();
        final Set<String> seen = new HashSet<>();
        final Map<String, Integer> perPattern = new HashMap<>();
        final List<Finding> findings = new ArrayList<>();
        int requests;
        int pages;
        int fragments;
        int downloads;
        int redirects;
        int skippedByBounds;
        long millis;

        Crawl(Actor actor, String language) {
            this.actor = actor;
            this.language = language;
            this.session = sessions.get(actor);
        }

        void run() throws Exception {
            long start = System.nanoTime();
            offer(new Link("/", "(start)", false));
            while (!queue.isEmpty() && requests < MAX_PAGES) {
                visit(queue.poll());
            }
            skippedByBounds += queue.size();
            millis = (System.nanoTime() - start) / 1_000_000;
        }

        void offer(Link link) {
            if (!seen.add((link.fragment() ? "hx " : "") + link.url())) {
                return;
            }
            String pattern = (link.fragment() ? "hx " : "") + pattern(link.url());
            int bound = DOWNLOAD.matcher(path(link.url())).matches() ? PER_DOWNLOAD_PATTERN : PER_PATTERN;
            if (perPattern.merge(pattern, 1, Integer::sum) > bound) {
                skippedByBounds++;
                return;
            }
            queue.add(link);
        }

        void visit(Link link) throws Exception {
            requests++;
            URI uri;
            try {
                uri = URI.create("http://localhost" + link.url());
            } catch (IllegalArgumentException e) {
                find(link, "malformed link: " + e.getMessage());
                return;
            }
            var request = get(uri)
                    .cookie(new Cookie("liaison-lang", language))
                    .header("Accept-Language", language)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            if (link.fragment()) {
                request.header("HX-Request", "true");
            }
            if (session != null) {
                request.session(session);
            }
            MockHttpServletResponse response;
            try {
                response = mvc.perform(request).andReturn().getResponse();
            } catch (Exception e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                find(link, "server error: " + root);
                return;
            }
            int status = response.getStatus();
            if (status >= 300 && status < 400) {
                redirects++;
                String location = response.getRedirectedUrl();
                if (location == null) {
                    location = response.getHeader("Location");
                }
                String target = location == null ? null : sameOrigin(link.url(), location);
                if (target != null && path(target).startsWith("/login") && !path(link.url()).startsWith("/login")) {
                    find(link, "a link offered to " + actor.column() + " leads to the sign-in page");
                } else if (target != null) {
                    offer(new Link(target, link.from(), link.fragment()));
                }
                return;
            }
            if (status >= 500) {
                find(link, "server error " + status);
                return;
            }
            if (status >= 400) {
                find(link, "answers " + status + " to a link offered to " + actor.column());
                return;
            }
            String type = response.getContentType();
            if (type == null || !type.startsWith("text/html")) {
                downloads++;
                return;
            }
            String html = response.getContentAsString(StandardCharsets.UTF_8);
            boolean whole = html.regionMatches(true, 0, "<!DOCTYPE html", 0, 14) || html.contains("<html");
            if (whole) {
                pages++;
            } else {
                fragments++;
            }
            inspect(link, html, whole);
        }

        void inspect(Link link, String html, boolean whole) {
            Document page = Jsoup.parse(html);
            if (whole) {
                String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
                if (!lang.equals(language) && !lang.startsWith(language + "-")) {
                    find(link, "<html lang=\"" + lang + "\">");
                }
                if (page.title().isBlank()) {
                    find(link, "no <title>");
                }
                int headings = page.select("h1").size();
                if (headings != 1) {
                    find(link, headings + " <h1> elements");
                }
            }
            var unresolved = new TreeSet<String>();
            UNRESOLVED.matcher(html).results().forEach(m -> unresolved.add(m.group()));
            unresolved.forEach(m -> find(link, "unresolved message " + m));
            var problems = new LinkedHashSet<String>();
            for (Element element : page.getAllElements()) {
                if (element.normalName().equals("script") || element.normalName().equals("style")
                        || !inPageLanguage(element)) {
                    continue;
                }
                String where = where(element);
                boolean recorded = element.closest(RECORDED) != null;
                for (TextNode node : element.textNodes()) {
                    checkText(node.text(), "text of " + where, recorded, problems);
                }
                for (String attribute : READ_ATTRIBUTES) {
                    if (element.hasAttr(attribute)) {
                        checkText(element.attr(attribute), attribute + " of " + where, recorded, problems);
                    }
                }
                if (element.normalName().equals("input")
                        && List.of("submit", "button", "reset").contains(element.attr("type").toLowerCase(Locale.ROOT))) {
                    checkText(element.attr("value"), "value of " + where, recorded, problems);
                }
            }
            problems.forEach(p -> find(link, p));
            for (Element a : page.select("a[href], link[rel=alternate][href]")) {
                follow(link, a.attr("href"), false);
            }
            for (Element element : page.select("[hx-get], [data-hx-get]")) {
                follow(link, element.hasAttr("hx-get") ? element.attr("hx-get") : element.attr("data-hx-get"), true);
            }
        }

        /** Text marked as another language (a name in its own script, the language switcher) is not ours to check. */
        boolean inPageLanguage(Element element) {
            Element marked = element.closest("[lang]");
            if (marked == null || marked.normalName().equals("html")) {
                return true;
            }
            String lang = marked.attr("lang");
            return lang.equals(language) || lang.startsWith(language + "-");
        }

        /** Checks text; recorded values (data as stored) are not compared with the bundles' English. */
        void checkText(String raw, String where, boolean recorded, Set<String> problems) {
            String text = normalize(raw);
            if (text.isEmpty()) {
                return;
            }
            if (PLACEHOLDER_LEFT.matcher(text).find()) {
                problems.add("placeholder left in " + where + ": \"" + abbreviate(text) + "\"");
            }
            KEY_LIKE.matcher(text).results().map(m -> m.group())
                    .filter(bundles::looksLikeKey)
                    .forEach(key -> problems.add("raw message key in " + where + ": " + key));
            ENUM_CONSTANT.matcher(text).results()
                    .forEach(m -> problems.add("raw constant in " + where + ": " + m.group()));
            if (!language.equals("en") && !recorded && !dataTexts.contains(text)
                    && bundles.englishOnly(language).contains(text)) {
                problems.add("English in " + where + ": \"" + abbreviate(text) + "\"");
            }
        }

        void follow(Link from, String href, boolean fragment) {
            String target = sameOrigin(from.url(), href);
            if (target == null) {
                return;
            }
            String path = path(target);
            if (NOT_PAGES.stream().anyMatch(path::startsWith) || path.contains("logout")) {
                return;
            }
            offer(new Link(target, from.url(), fragment));
        }

        /** The path and query of a same-origin link without the language switch and the anchor, or null. */
        @Nullable String sameOrigin(String base, String href) {
            String trimmed = href.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("mailto:")
                    || trimmed.startsWith("tel:") || trimmed.startsWith("javascript:") || trimmed.startsWith("data:")) {
                return null;
            }
            URI resolved;
            try {
                resolved = URI.create("http://localhost" + base).resolve(new URI(trimmed.replace(" ", "%20")));
            } catch (URISyntaxException | IllegalArgumentException e) {
                find(new Link(trimmed, base, false), "malformed link: " + e.getMessage());
                return null;
            }
            if (resolved.getHost() != null && !(resolved.getHost().equals("localhost") && resolved.getPort() == -1)) {
                return null;
            }
            if (resolved.getScheme() != null && !resolved.getScheme().equals("http")) {
                return null;
            }
            String query = resolved.getRawQuery() == null ? "" : Arrays.stream(resolved.getRawQuery().split("&"))
                    .filter(p -> !p.equals("lang") && !p.startsWith("lang=")).collect(Collectors.joining("&"));
            return resolved.getRawPath() + (query.isEmpty() ? "" : "?" + query);
        }

        void find(Link link, String problem) {
            findings.add(new Finding(actor.column(), language, link.url(), link.from(), problem));
        }
    }

    /** An element as a finding names it: its parent's and its own tag, with id or first class. */
    static String where(Element element) {
        Element parent = element.parent();
        return "<" + (parent == null ? "" : name(parent) + " ") + name(element) + ">";
    }

    static String name(Element element) {
        return element.normalName() + (element.id().isEmpty() ? "" : "#" + element.id())
                + (element.classNames().isEmpty() ? "" : "." + element.classNames().iterator().next());
    }

    static String path(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** The same page for other records: ids and numbers in the path replaced, the query's names kept. */
    static String pattern(String url) {
        var segments = path(url).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (UUID.matcher(segments[i]).matches()) {
                segments[i] = "{id}";
            } else if (NUMBER.matcher(segments[i]).matches()) {
                segments[i] = "{n}";
            }
        }
        int q = url.indexOf('?');
        String names = q < 0 ? "" : Arrays.stream(url.substring(q + 1).split("&"))
                .map(p -> p.contains("=") ? p.substring(0, p.indexOf('=')) : p).sorted().distinct()
                .collect(Collectors.joining("&"));
        return String.join("/", segments) + (names.isEmpty() ? "" : "?" + names);
    }

    static String normalize(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    static String abbreviate(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    /**
     * What the message bundles say: every key (and their first segments, the modules' prefixes),
     * and per translation the English values that must not appear on its pages: at least four
     * characters, without arguments, translated differently, and not themselves a value of that
     * translation.
     */
    record Bundles(Set<String> keys, Set<String> prefixes, Map<String, Set<String>> englishOnlyByLanguage) {

        static Bundles load() {
            try {
                var keys = new HashSet<String>();
                var english = new HashMap<String, String>();
                var translations = new HashMap<String, Map<String, String>>();
                for (String basename : I18nBundlesTests.basenames()) {
                    var en = properties(basename + ".properties");
                    for (String key : en.stringPropertyNames()) {
                        keys.add(key);
                        english.put(basename + "|" + key, normalize(en.getProperty(key)));
                    }
                    for (String language : I18nBundlesTests.TRANSLATIONS) {
                        var translated = properties(basename + "_" + language + ".properties");
                        for (String key : translated.stringPropertyNames()) {
                            translations.computeIfAbsent(language, l -> new HashMap<>())
                                    .put(basename + "|" + key, normalize(translated.getProperty(key)));
                        }
                    }
                }
                var prefixes = keys.stream().map(k -> k.contains(".") ? k.substring(0, k.indexOf('.')) : k)
                        .collect(Collectors.toSet());
                var englishOnly = new TreeMap<String, Set<String>>();
                for (String language : I18nBundlesTests.TRANSLATIONS) {
                    var values = translations.getOrDefault(language, Map.of());
                    var ownValues = new HashSet<>(values.values());
                    var set = new HashSet<String>();
                    english.forEach((key, value) -> {
                        String translated = values.get(key);
                        if (value.length() >= 4 && !value.contains("{") && translated != null
                                && !translated.equals(value) && !ownValues.contains(value)) {
                            set.add(value);
                        }
                    });
                    englishOnly.put(language, Set.copyOf(set));
                }
                return new Bundles(Set.copyOf(keys), Set.copyOf(prefixes), englishOnly);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        Set<String> englishOnly(String language) {
            return englishOnlyByLanguage.getOrDefault(language, Set.of());
        }

        /** A message key shown as text: a key of a bundle, or a dotted name under a bundle's prefix. */
        boolean looksLikeKey(String token) {
            if (keys.contains(token)) {
                return true;
            }
            String prefix = token.substring(0, token.indexOf('.'));
            return prefixes.contains(prefix) && token.chars().filter(c -> c == '.').count() >= 2;
        }

        private static Properties properties(String name) throws IOException {
            var properties = new Properties();
            try (InputStream in = PagesCrawlIntegrationTests.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("Missing on the classpath: " + name);
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties;
        }
    }
}
