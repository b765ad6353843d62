package org.liaison.shared;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request parameter holding a NUL character (U+0000) as an invalid parameter (400: a
 * problem detail for the API, a readable page otherwise, by {@link ErrorAdvice}), before any handler
 * binds it. No text of ours contains one, and PostgreSQL refuses it in every text value, so a value
 * carrying it ended in a 500 there. Every parameter is checked, name and value, wherever it came
 * from: the query string, a form body (POST, and PUT/PATCH/DELETE through Spring's form content
 * filter) and the text fields of a multipart form. JSON bodies have the same rule in
 * {@link NulStrings}.
 * <p>
 * Checked here rather than by a String editor registered with {@code @InitBinder}: handlers also read
 * parameters without a binder ({@code HttpServletRequest.getParameter}, {@code @RequestParam Map}),
 * and a binder's refusal is a field error (422) of the form, not the invalid parameter it is. The
 * error dispatch is left alone, so that the error page of a refusal made earlier keeps its status.
 */
@Component
class NulParameterGuard implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.ERROR && holdsNul(request.getParameterMap())) {
            throw new IllegalArgumentException("A parameter holds a NUL character");
        }
        return true;
    }

    static boolean holdsNul(Map<String, String[]> parameters) {
        for (var parameter : parameters.entrySet()) {
            if (NulStrings.holdsNul(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (NulStrings.holdsNul(value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
