package org.liaison.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The user interface language: {@code ?lang=ru} on any page switches it and a cookie remembers
 * it; without the cookie the browser's Accept-Language decides, and English when it names none
 * of the four languages.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "liaison-lang";
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new SupportedLanguageResolver();
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookiePath("/");
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> UiLanguages.fromAcceptLanguage(request.getHeader("Accept-Language")));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(PARAMETER);
        interceptor.setIgnoreInvalidLocale(true);
        // Only links switch the language: a posted form may well have a field named "lang".
        interceptor.setHttpMethods("GET", "HEAD");
        registry.addInterceptor(interceptor);
    }

    /** Remembers only the four languages; any other {@code ?lang=} is ignored. */
    static final class SupportedLanguageResolver extends CookieLocaleResolver {

        SupportedLanguageResolver() {
            super(COOKIE);
        }

        @Override
        public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
                @Nullable LocaleContext context) {
            Locale wanted = context == null ? null : context.getLocale();
            var supported = UiLanguages.supported(wanted);
            if (supported.isEmpty()) {
                return;
            }
            super.setLocaleContext(request, response, new SimpleLocaleContext(supported.get()));
        }

        /** A cookie naming another language counts as no cookie. */
        @Override
        protected @Nullable Locale parseLocaleValue(String value) {
            return UiLanguages.supported(super.parseLocaleValue(value)).orElse(null);
        }
    }
}
