package org.liaison.engagements;

import java.util.Locale;
import java.util.Optional;

import org.liaison.access.Viewer;
import org.liaison.directory.OrganizationId;

/**
 * A block that a module adds to each organization's part of an engagement's briefing pack: the
 * relationship stage, the agreements, the fund's deals. Register a bean of this type; the pack
 * shows every block that is present, in {@link #order()}. Engagements' own blocks (profile, people
 * met, engagement history, open follow-ups) use orders 100, 200, 300 and 500.
 *
 * <p>A section reads through its own module's services, under the viewer's access rules (it runs
 * as {@code viewer}), and writes its texts in {@code locale}.
 */
public interface BriefingSection {

    /** Position in the organization's part of the pack, lower first. */
    int order();

    /** The block for one organization; empty hides it (nothing to show, or nothing this viewer may see). */
    Optional<BriefingBlock> describe(OrganizationId organization, Viewer viewer, Locale locale);
}
