package org.liaison.relationships.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Labels the relationships' templates compute: a country's name in the page's language. */
@Component("relationshipLabels")
public class RelationshipLabels {

    public String country(@Nullable String code) {
        return PageSupport.countryName(code, LocaleContextHolder.getLocale());
    }
}
