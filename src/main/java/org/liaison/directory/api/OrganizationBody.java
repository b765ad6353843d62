package org.liaison.directory.api;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.shared.RuleViolationException;

/**
 * An organization as a client sends it, in the shape the API returns it. Fields the server owns
 * ({@code id}, {@code createdAt}, access, ...) are ignored when sent; {@code version} is read
 * only by PUT, when there is no {@code If-Match}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "OrganizationInput")
record OrganizationBody(
        @NotBlank @Schema(description = "innovation hub, technopark, incubator, accelerator, university, research centre, "
                + "corporation, government body, business association, investment fund or other (the constant name, "
                + "e.g. INNOVATION_HUB, is accepted too)", example = "university") String kind,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull NameJson> names,
        @Nullable @Size(max = 100) List<@Valid @NotNull AliasJson> aliases,
        @Nullable @Schema(description = "ISO 3166-1 alpha-2", example = "JP") String country,
        @Nullable @Size(max = 200) String city,
        @Nullable @Size(max = 500) @Pattern(regexp = "(?i)https?://\\S+") String website,
        @Nullable @Size(max = 4000) String description,
        @Nullable @Size(max = 50) Set<@NotBlank @Size(max = 100) String> technologyAreas,
        @Nullable @Schema(description = "The version the change is based on, when no If-Match is sent") Long version) {

    OrganizationDraft toDraft() {
        return new OrganizationDraft(parseKind(kind), names.stream().map(NameJson::toInput).toList(),
                aliases == null ? List.of() : aliases.stream().map(AliasJson::toInput).toList(),
                country, city, website, description, technologyAreas);
    }

    static OrganizationKind parseKind(String kind) {
        return OrganizationKind.parse(kind).orElseThrow(() -> new RuleViolationException("invalid-kind",
                "Not a kind of organization: " + kind));
    }
}
