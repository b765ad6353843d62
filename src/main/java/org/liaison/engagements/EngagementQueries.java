package org.liaison.engagements;

import java.time.YearMonth;
import java.util.List;

import org.liaison.directory.PersonId;

/**
 * What other modules read of engagements beyond their events: counts for dashboards and the
 * people met. Limited to what the current viewer may see (the engagements' read rule, in SQL).
 */
public interface EngagementQueries {

    /** How many engagements start in each month from {@code from} to {@code to} (both included), months without any left out. */
    List<MonthCount> perMonth(YearMonth from, YearMonth to);

    /** The people of the partner side of an engagement (those the hub met); empty when it is not visible. */
    List<PersonId> peopleMet(EngagementId engagement);

    /** The engagements starting in one month (UTC). */
    record MonthCount(YearMonth month, long count) {}
}
