package org.liaison.shared;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page the servlet container shows for an error sent before any handler ran (a filter's
 * {@code sendError}: a body or upload over the limit, a request refused by security) says in the
 * user's language what went wrong, by its status, as {@link ErrorAdvice}'s pages do. Never the
 * exception's message: {@code server.error.include-message=never} still holds for that.
 */
@Component
class ErrorPageText extends DefaultErrorAttributes {

    private final MessageSource messages;

    ErrorPageText(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        var attributes = super.getErrorAttributes(request, options);
        if (attributes.get("status") instanceof Integer status) {
            String code = Problems.code(status);
            attributes.put("code", code);
            attributes.put("message", messages.getMessage("error." + code, null, "error." + code, LocaleContextHolder.getLocale()));
        }
        return attributes;
    }
}
