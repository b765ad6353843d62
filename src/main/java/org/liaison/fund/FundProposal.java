package org.liaison.fund;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.OrganizationId;
import org.liaison.engagements.EngagementId;

/**
 * What it takes to propose a fund, e.g. from an accepted fact of a press release.
 *
 * @param sponsors     from two or more countries; a sponsor not yet named has only its country and a label
 * @param targetAmount the target size in the base currency, or null when not known
 * @param discussedAt  the forum or meeting where it was discussed, if any
 * @param newsUrl      the news item that reported it, with its title
 */
public record FundProposal(String name, String baseCurrency, @Nullable BigDecimal targetAmount,
        List<ProposedSponsor> sponsors, @Nullable EngagementId discussedAt, @Nullable String newsUrl,
        @Nullable String newsTitle, @Nullable String description, boolean sample) {

    public FundProposal {
        sponsors = List.copyOf(sponsors);
    }

    /** A sponsor: an organization of the directory with its country, or only a country and a label. */
    public record ProposedSponsor(@Nullable OrganizationId organization, String country, @Nullable String label) {}
}
