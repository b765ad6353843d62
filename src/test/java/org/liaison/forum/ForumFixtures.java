package org.liaison.forum;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.access.Viewer;
import org.liaison.access.ViewerContext;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationKind;
import org.liaison.directory.internal.DirectoryService;
import org.liaison.directory.internal.NameInput;
import org.liaison.directory.internal.OrganizationDraft;
import org.liaison.engagements.EngagementCommands;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementKind;
import org.liaison.forum.internal.EventDraft;
import org.liaison.forum.internal.ForumEvents;
import org.liaison.forum.internal.ForumRegistrations;
import org.liaison.forum.internal.ParticipantDraft;
import org.liaison.forum.internal.ParticipantType;
import org.liaison.forum.internal.SlotPlan;
import org.liaison.forum.internal.Views.EventView;
import org.liaison.forum.internal.Views.ParticipantView;

/** Builds valid forum records in one line each, as the system (an organiser). */
public final class ForumFixtures {

    public static final Viewer SYSTEM = Viewer.system("forum tests");

    private final DirectoryService directory;
    private final EngagementCommands engagements;
    private final ForumEvents events;
    private final ForumRegistrations registrations;

    public ForumFixtures(DirectoryService directory, EngagementCommands engagements, ForumEvents events,
            ForumRegistrations registrations) {
        this.directory = directory;
        this.engagements = engagements;
        this.events = events;
        this.registrations = registrations;
    }

    /** A fresh organization (Finnish unless told, so other tests' country counts are not touched). */
    public UUID organization(String name, String country) {
        return ViewerContext.call(SYSTEM, () -> directory.register(new OrganizationDraft(OrganizationKind.CORPORATION,
                List.of(new NameInput(name + " " + UUID.randomUUID().toString().substring(0, 8), "en", true)), List.of(),
                country, null, null, null, Set.of())).id());
    }

    public EngagementId forumEngagement(String title) {
        return ViewerContext.call(SYSTEM, () -> engagements.log(new EngagementCommands.NewEngagement(EngagementKind.FORUM,
                title + " " + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(2031, 5, 20), "Shanghai", "CN",
                null, null, List.of())));
    }

    /** An event on 20 and 21 May 2031 in Shanghai: three 20-minute slots a day from 10:00, two shared tables, four meetings each at most, investors one. */
    public EventView event(String title) {
        var engagement = forumEngagement(title);
        return ViewerContext.call(SYSTEM, () -> events.create(engagement, new EventDraft(title, "Asia/Shanghai",
                new SlotPlan(List.of(LocalDate.of(2031, 5, 20), LocalDate.of(2031, 5, 21)), LocalTime.of(10, 0),
                        LocalTime.of(11, 0), 20),
                2, null, null, 4, Map.of(ParticipantType.INVESTOR, 1)), false));
    }

    /** An approved participant of a fresh organization. */
    public ParticipantView participant(UUID event, String person, ParticipantType type, String email, String language) {
        var org = organization("Forum org of " + person, "FI");
        return approved(event, org, person, type, email, language);
    }

    public ParticipantView approved(UUID event, UUID organization, String person, ParticipantType type, String email,
            String language) {
        return ViewerContext.call(SYSTEM, () -> {
            var made = registrations.register(event, new ParticipantDraft(organization, null, person, type, email, language,
                    "Profile of " + person, "offers", "wants", null, List.of()));
            return registrations.approve(made.id(), true);
        });
    }

    public OrganizationId orgOf(ParticipantView p) {
        return new OrganizationId(java.util.Objects.requireNonNull(p.organizationId()));
    }
}
