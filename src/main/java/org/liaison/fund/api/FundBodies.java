package org.liaison.fund.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.FundStatus;
import org.liaison.fund.core.DealStage;
import org.liaison.fund.core.EntryKind;
import org.liaison.fund.core.VoteChoice;

/** The JSON bodies of the funds' API: records, never entities; unknown fields are ignored. */
final class FundBodies {

    private FundBodies() {}

    record SponsorBody(@Nullable UUID organization, @NotBlank @Size(max = 2) String country, @Nullable @Size(max = 300) String label) {}

    record FundBody(@NotBlank @Size(max = 300) String name, @NotBlank @Size(min = 3, max = 3) String baseCurrency,
            @Nullable BigDecimal targetAmount, @NotEmpty @Valid List<SponsorBody> sponsors, @Nullable UUID discussedAt,
            @Nullable @Size(max = 1000) @Pattern(regexp = "(?i)(https?://[^\\s\"'<>]+|/(?![/\\\\])[^\\s\"'<>]*)",
                    message = "must be an http(s) address or a path of this site") String newsUrl, @Nullable @Size(max = 500) String newsTitle,
            @Nullable @Size(max = 4000) String description) {}

    record StatusBody(@NotNull FundStatus status, @NotBlank @Size(max = 2000) String reason, @Nullable Long version) {}

    record RulesBody(@Min(1) @Max(100) int quorum, @Min(1) @Max(100) int majorityNumerator,
            @Min(1) @Max(100) int majorityDenominator, @Nullable Long version) {}

    record UserBody(@NotNull UUID user) {}

    record DealBody(@NotBlank @Size(max = 300) String title, @Nullable UUID applicantOrganization,
            @Nullable @Size(max = 300) String applicantName, @Nullable List<@Size(max = 100) String> areas,
            @Nullable @Size(max = 2) String country, @NotNull BigDecimal amount, @NotBlank @Size(min = 3, max = 3) String currency,
            @Min(1) @Max(9) int readiness, @Nullable @Size(max = 4000) String summary) {}

    record MoveBody(@NotNull DealStage stage, @NotBlank @Size(max = 2000) String reason, @Nullable Long version) {}

    record CheckBody(boolean done, @Nullable @Size(max = 2000) String note, @Nullable Long version) {}

    record ChecklistItemBody(@NotBlank @Size(max = 300) String item, @Nullable Boolean required, @Nullable Long version) {}

    record VoteBody(@NotNull VoteChoice choice, @Nullable @Size(max = 2000) String comment) {}

    record ConflictBody(@NotBlank @Size(max = 2000) String reason) {}

    record EntryBody(@NotNull EntryKind kind, @NotNull LocalDate date, @NotNull BigDecimal amount,
            @NotBlank @Size(min = 3, max = 3) String currency, @Nullable UUID sponsor, @Nullable UUID deal,
            @Nullable @Size(max = 1000) String memo) {}

    record ReversalBody(@Nullable LocalDate date, @NotBlank @Size(max = 1000) String reason) {}

    record RateBody(@NotBlank @Size(min = 3, max = 3) String base, @NotBlank @Size(min = 3, max = 3) String quote,
            @NotNull LocalDate date, @NotNull BigDecimal rate, @Nullable @Size(max = 200) String source) {}

    record ItemsJson<T>(List<T> items) {}
}
