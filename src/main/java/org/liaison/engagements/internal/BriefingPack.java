package org.liaison.engagements.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.engagements.BriefingBlock;

/**
 * An engagement's briefing pack, every text ready to show in the reader's language: the engagement
 * itself, the meetings it holds, and one part per participating partner organization.
 *
 * @param when      start (and end) in the engagement's own time zone, with the zone
 * @param generated when the pack was made, in the reader's language
 */
public record BriefingPack(UUID engagement, String title, String kind, String when, @Nullable String place,
        @Nullable String description, @Nullable String outcomes, List<Meeting> meetings,
        List<OrganizationPart> organizations, String generated) {

    public BriefingPack {
        meetings = List.copyOf(meetings);
        organizations = List.copyOf(organizations);
    }

    /** A meeting within the engagement: when, what, with whom. */
    public record Meeting(UUID id, String when, String title, List<String> organizations) {

        public Meeting {
            organizations = List.copyOf(organizations);
        }
    }

    /** One participating organization's part: its name (with its language tag), other names, and blocks. */
    public record OrganizationPart(UUID organization, String name, @Nullable String lang, List<String> otherNames,
            List<BriefingBlock> blocks) {

        public OrganizationPart {
            otherNames = List.copyOf(otherNames);
            blocks = List.copyOf(blocks);
        }
    }
}
