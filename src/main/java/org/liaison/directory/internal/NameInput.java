package org.liaison.directory.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A name as entered: text, BCP 47 language tag, whether it is the primary one. */
public record NameInput(@NotBlank @Size(max = 500) String text,
        @Nullable @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") String lang,
        boolean primary) {

    Name toName(boolean alias) {
        return new Name(text, lang, !alias && primary, alias);
    }

    static NameInput of(Name name) {
        return new NameInput(name.text(), name.lang(), name.primary());
    }
}
