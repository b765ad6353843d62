package org.liaison.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.MaintenanceMode;
import org.liaison.shared.NavigationItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout shows around every page: the navigation, the signed-in user and the language
 * switcher. Templates read it as {@code @layout}, so error pages get the same frame as the
 * pages of controllers.
 */
@Component("layout")
public class Layout {

    private final List<NavigationItem> items;
    private final ObjectProvider<MaintenanceMode> maintenance;

    Layout(ObjectProvider<NavigationItem> items, ObjectProvider<MaintenanceMode> maintenance) {
        this.items = items.orderedStream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.maintenance = maintenance;
    }

    /** The maintenance under way, for the banner on every page; null when none. */
    public MaintenanceMode.@Nullable Maintenance maintenance() {
        var mode = maintenance.getIfAvailable();
        return mode == null ? null : mode.current().orElse(null);
    }

    /** The expected end of the maintenance under way, in UTC for the banner; null when unknown. */
    public @Nullable String maintenanceUntil() {
        var current = maintenance();
        return current == null || current.until() == null ? null
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                        .withZone(java.time.ZoneOffset.UTC).format(current.until());
    }

    /** A navigation link as the layout renders it. */
    public record Link(String labelKey, String path, boolean current) {}

    /** A language of the switcher: its code, its own name, the current page in it. */
    public record Language(String code, String name, String url, boolean current) {}

    /** The navigation links the current user may use, in order. */
    public List<Link> navigation() {
        var authorities = authorities();
        var path = requestPath();
        return items.stream()
                .filter(item -> item.isVisibleTo(authorities))
                .map(item -> new Link(item.labelKey(), item.path(), item.isCurrent(path)))
                .toList();
    }

    /** The signed-in user's name, or null for an anonymous visitor. */
    public @Nullable String user() {
        var auth = signedInAuthentication();
        return auth == null ? null : auth.getName();
    }

    public boolean signedIn() {
        return signedInAuthentication() != null;
    }

    /** The four languages, each linking to the current page in that language. */
    public List<Language> languages() {
        var current = LocaleContextHolder.getLocale().getLanguage();
        return UiLanguages.SUPPORTED.stream()
                .map(l -> new Language(l.getLanguage(), UiLanguages.nativeName(l), currentPageIn(l.getLanguage()),
                        l.getLanguage().equals(current)))
                .toList();
    }

    /** The language of the page, as a BCP 47 tag for {@code <html lang>}. */
    public String language() {
        return UiLanguages.supported(LocaleContextHolder.getLocale()).orElse(UiLanguages.DEFAULT).toLanguageTag();
    }

    private static @Nullable Authentication signedInAuthentication() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth;
    }

    private static Set<String> authorities() {
        var auth = signedInAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    private static @Nullable HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static String requestPath() {
        var request = request();
        if (request == null) {
            return "/";
        }
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The current page in another language: path and query of a GET; only the path after a form
     * was posted, since a link cannot repeat a POST.
     */
    private static String currentPageIn(String language) {
        var request = request();
        if (request == null) {
            return "/?" + LanguageConfiguration.PARAMETER + "=" + language;
        }
        String path = request.getRequestURI();
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        try {
            return UriComponentsBuilder.fromUriString(query == null ? path : path + "?" + query)
                    .replaceQueryParam(LanguageConfiguration.PARAMETER, language)
                    .build(true).toUriString();
        } catch (IllegalArgumentException notEncoded) {
            return UriComponentsBuilder.fromPath(path).queryParam(LanguageConfiguration.PARAMETER, language)
                    .build().encode().toUriString();
        }
    }
}
