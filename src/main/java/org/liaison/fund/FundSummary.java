package org.liaison.fund;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.EngagementId;

/**
 * What anyone allowed to see a fund may know of it: no deals, votes or ledger.
 *
 * @param sponsorCountries ISO 3166 codes of all sponsors, named or not
 */
public record FundSummary(FundId id, String name, FundStatus status, String baseCurrency,
        @Nullable BigDecimal targetAmount, List<OrganizationId> sponsors, List<String> sponsorCountries,
        @Nullable EngagementId discussedAt, @Nullable String newsUrl, @Nullable String newsTitle, boolean sample) {
}
