package org.liaison.shared;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a query string holding a NUL character ({@code %00}) as an invalid parameter (400: a
 * problem detail for the API, a readable page otherwise, by {@link ErrorAdvice}). No text of ours
 * contains one, and PostgreSQL refuses it in any text value, so a search or filter parameter carrying
 * it ended in a 500 there (the parameter sweep on PostgreSQL: eleven endpoints).
 */
@Component
class NulParameterGuard implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        // the OpenAPI document reads no data; its own answers stay as springdoc gives them
        if (query != null && !request.getRequestURI().startsWith("/v3/api-docs") && query.toLowerCase(Locale.ROOT).contains("%00")) {
            throw new IllegalArgumentException("A parameter holds a NUL character");
        }
        return true;
    }
}
