package org.liaison.directory.web;

import java.util.Map;

import org.liaison.shared.RuleViolationException;
import org.springframework.validation.BindingResult;

/**
 * Puts a rule the directory service refused next to the field it is about, with the message of
 * its code ({@code error.<code>} in the errors bundle), or above the form when it concerns none.
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
