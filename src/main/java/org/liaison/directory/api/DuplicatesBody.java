package org.liaison.directory.api;

import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/** A draft organization (the names, aliases and website are what count) to check for duplicates. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "DuplicateCheck")
record DuplicatesBody(@Nullable @Size(max = 50) List<@Valid @NotNull NameJson> names,
        @Nullable @Size(max = 100) List<@Valid @NotNull AliasJson> aliases, @Nullable @Size(max = 500) String website) {

    List<String> allNames() {
        return Stream.concat(names == null ? Stream.<String>empty() : names.stream().map(NameJson::text),
                aliases == null ? Stream.<String>empty() : aliases.stream().map(AliasJson::text)).toList();
    }
}
