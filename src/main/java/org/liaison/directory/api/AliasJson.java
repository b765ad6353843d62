package org.liaison.directory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.NameInput;

/** An alias or abbreviation ("Z-Park", "経団連") with its language tag. */
@Schema(name = "Alias", example = "{\"text\": \"Z-Park\", \"lang\": \"en\"}")
record AliasJson(
        @NotBlank @Size(max = 500) String text,
        @Nullable @Size(max = 35) @Pattern(regexp = ApiFormats.LANGUAGE_TAG) String lang) {

    NameInput toInput() {
        return new NameInput(text, lang, false);
    }

    static AliasJson of(NameInput name) {
        return new AliasJson(name.text(), name.lang());
    }
}
