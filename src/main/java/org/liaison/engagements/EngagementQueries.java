package org.liaison.engagements;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules read of the engagements: titles and dates to show beside their own records,
 * always limited to what the current viewer may see (an invisible engagement is simply absent).
 */
public interface EngagementQueries {

    /** The engagement the viewer may see with exactly this title; the first one when several carry it. For demo data. */
    Optional<EngagementId> engagementTitled(String title);

    /** The engagements among {@code ids} that the viewer may see; others are absent from the map. */
    Map<EngagementId, EngagementSummary> summaries(Collection<EngagementId> ids);
}
