package org.liaison.directory.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** One row of a name table in a form: the text and its language tag; blank rows are ignored. */
record NameRow(@Size(max = 500) String text,
        @Nullable @Size(max = 35) @Pattern(regexp = LANGUAGE_TAG) String lang) {

    static final String LANGUAGE_TAG = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*";

    NameRow {
        text = text == null ? "" : text;
        lang = lang == null || lang.isBlank() ? null : lang.strip();
    }

    static NameRow blank() {
        return new NameRow("", null);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
