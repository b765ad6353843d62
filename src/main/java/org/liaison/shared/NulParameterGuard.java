package org.liaison.shared;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.WebUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request parameter holding a NUL character (U+0000) as an invalid parameter (400: a
 * problem detail for the API, a readable page otherwise, by {@link ErrorAdvice}), before any handler
 * binds it. No text of ours contains one, and PostgreSQL refuses it in every text value, so a value
 * carrying it ended in a 500 there. Every parameter is checked, name and value, wherever it came
 * from: the query string, a form body (POST, and PUT/PATCH/DELETE through Spring's form content
 * filter) and the text fields of a multipart form; and so are the names of a multipart form's file
 * parts, the file names they carry ({@code filename=}, or {@code filename*=} decoded) and the
 * variables of the path ({@code /{slug}}; the firewall refuses an encoded NUL in a path before it
 * gets here, {@link RejectedRequests}). JSON bodies have the same rule in {@link NulStrings}.
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
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return true;
        }
        if (holdsNul(request.getParameterMap())) {
            throw new IllegalArgumentException("A parameter holds a NUL character");
        }
        var multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null && filesHoldNul(multipart.getMultiFileMap())) {
            throw new IllegalArgumentException("A file part's name or file name holds a NUL character");
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.values().stream().anyMatch(v -> v instanceof String text && NulStrings.holdsNul(text))) {
            throw new IllegalArgumentException("A path variable holds a NUL character");
        }
        return true;
    }

    static boolean filesHoldNul(MultiValueMap<String, MultipartFile> files) {
        for (var part : files.entrySet()) {
            if (NulStrings.holdsNul(part.getKey())) {
                return true;
            }
            for (MultipartFile file : part.getValue()) {
                if (NulStrings.holdsNul(file.getName()) || NulStrings.holdsNul(file.getOriginalFilename())) {
                    return true;
                }
            }
        }
        return false;
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
