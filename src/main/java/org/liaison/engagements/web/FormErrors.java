package org.liaison.engagements.web;

import java.util.Map;

import org.liaison.shared.RuleViolationException;
import org.springframework.validation.BindingResult;

/**
 * Puts a rule the engagement service refused next to the field it is about, with the message of
 * its code ({@code error.<code>}), or above the form when it concerns none (as the directory's pages do).
 */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult result, RuleViolationException e, Map<String, String> fieldsByCode) {
        String field = fieldsByCode.get(e.code());
        if (field != null) {
            result.rejectValue(field, "error." + e.code(), e.getMessage());
        } else {
            result.reject("error." + e.code(), e.getMessage());
        }
    }
}
