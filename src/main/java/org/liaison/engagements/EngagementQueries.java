package org.liaison.engagements;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liaison.directory.PersonId;

/**
 * What other modules read of the engagements beyond their events: titles and dates to show beside
 * their own records, counts for dashboards and the people met, always limited to what the current
 * viewer may see (an invisible engagement is simply absent).
 */
public interface EngagementQueries {

    /** The engagement the viewer may see with exactly this title; the first one when several carry it. For demo data. */
    Optional<EngagementId> engagementTitled(String title);

    /** The engagements among {@code ids} that the viewer may see; others are absent from the map. */
    Map<EngagementId, EngagementSummary> summaries(Collection<EngagementId> ids);

    /** How many engagements start in each month from {@code from} to {@code to} (both included), months without any left out. */
    List<MonthCount> perMonth(YearMonth from, YearMonth to);

    /** The people of the partner side of an engagement (those the hub met); empty when it is not visible. */
    List<PersonId> peopleMet(EngagementId engagement);

    /** The engagements starting in one month (UTC). */
    record MonthCount(YearMonth month, long count) {}
}
