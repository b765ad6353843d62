package org.liaison.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The handlers marked {@link RawUpload}, found once in Spring MVC's request mappings (so the
 * controller's annotation is the only place an upload's path and limit are written), and the
 * limit of the one a request is for. Read by {@link BodySizeLimitFilter}, which runs before
 * Spring MVC has chosen a handler.
 */
@Component
class RawUploads {

    /** A raw upload endpoint: its methods (empty: any), its path pattern and its limit. */
    record Upload(Set<RequestMethod> methods, PathPattern pattern, long maxBytes, String maxSize) {

        boolean matches(HttpServletRequest request) {
            if (!methods.isEmpty() && methods.stream().noneMatch(m -> m.name().equals(request.getMethod()))) {
                return false;
            }
            var path = RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
            return pattern.matches(path);
        }
    }

    private final ListableBeanFactory beans;
    private final Environment environment;
    private volatile @Nullable List<Upload> uploads;

    RawUploads(ListableBeanFactory beans, Environment environment) {
        this.beans = beans;
        this.environment = environment;
    }

    /** The own limit of the raw upload this request is for; empty for every other request. */
    OptionalLong limitOf(HttpServletRequest request) {
        for (Upload upload : all()) {
            if (upload.matches(request)) {
                return OptionalLong.of(upload.maxBytes());
            }
        }
        return OptionalLong.empty();
    }

    List<Upload> all() {
        var found = uploads;
        if (found == null) {
            found = find();
            uploads = found;
        }
        return found;
    }

    /** The size the annotation names, its placeholder resolved, e.g. {@code 20MB}. */
    String maxSize(RawUpload upload) {
        return environment.resolveRequiredPlaceholders(upload.maxSize()).strip();
    }

    long maxBytes(RawUpload upload) {
        return DataSize.parse(maxSize(upload)).toBytes();
    }

    private List<Upload> find() {
        var result = new ArrayList<Upload>();
        for (var mapping : beans.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                RawUpload upload = annotation(handler);
                if (upload == null) {
                    return;
                }
                var patterns = info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatterns()
                        : info.getPatternValues().stream().map(PathPatternParser.defaultInstance::parse).toList();
                for (PathPattern pattern : patterns) {
                    result.add(new Upload(Set.copyOf(info.getMethodsCondition().getMethods()), pattern, maxBytes(upload),
                            maxSize(upload)));
                }
            });
        }
        return List.copyOf(result);
    }

    static @Nullable RawUpload annotation(HandlerMethod handler) {
        return handler.getMethodAnnotation(RawUpload.class);
    }
}
