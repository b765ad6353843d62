package org.liaison.directory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.NameInput;

/** An official name: text, BCP 47 language tag, whether it is the primary one. */
@Schema(name = "Name", example = "{\"text\": \"東北大学\", \"lang\": \"ja\", \"primary\": true}")
record NameJson(
        @NotBlank @Size(max = 500) String text,
        @Nullable @Size(max = 35) @Pattern(regexp = ApiFormats.LANGUAGE_TAG)
        @Schema(description = "BCP 47 language tag: en, ru, zh, zh-Hant, ja") String lang,
        boolean primary) {

    NameInput toInput() {
        return new NameInput(text, lang, primary);
    }

    static NameJson of(NameInput name) {
        return new NameJson(name.text(), name.lang(), name.primary());
    }
}
