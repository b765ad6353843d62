package org.liaison.forum.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryQueries;
import org.liaison.directory.OrganizationId;
import org.liaison.directory.OrganizationSummary;
import org.liaison.directory.PersonId;
import org.liaison.engagements.EngagementCommands;
import org.liaison.engagements.EngagementId;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.EngagementQueries;
import org.liaison.engagements.ProposedStage;
import org.liaison.forum.internal.ForumMeeting.Status;
import org.liaison.forum.internal.Views.MeetingView;
import org.liaison.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the forum: a held meeting's outcome is logged once as an engagement of kind MEETING
 * inside the forum engagement, through the engagements' own commands, so that the
 * {@code EngagementLogged} chain records the contact in relationships and moves each partner's
 * relationship forward to the stage the outcome proposes.
 */
@Service
@Transactional
public class ForumOutcomes {

    private final ForumAccess access;
    private final MeetingRequests requests;
    private final EngagementCommands commands;
    private final EngagementQueries engagements;
    private final DirectoryQueries directory;

    ForumOutcomes(ForumAccess access, MeetingRequests requests, EngagementCommands commands, EngagementQueries engagements,
            DirectoryQueries directory) {
        this.access = access;
        this.requests = requests;
        this.commands = commands;
        this.engagements = engagements;
        this.directory = directory;
    }

    public MeetingView record(UUID meetingId, String outcome, @Nullable ProposedStage stage) {
        var meeting = access.meeting(meetingId);
        if (!access.isOrganiser()) {
            throw new AccessDeniedException("Only organisers record outcomes");
        }
        if (meeting.getStatus() != Status.ACCEPTED || meeting.getPublishedSlot() == null) {
            throw new RuleViolationException("forum.not-held", "Only a meeting on the published agenda was held");
        }
        if (meeting.getLoggedEngagement() != null) {
            throw new RuleViolationException("forum.outcome-logged", "This meeting's outcome is logged already");
        }
        if (outcome.isBlank()) {
            throw new RuleViolationException("forum.outcome-required", "Say what came of the meeting");
        }
        var event = access.event(meeting.getEvent());
        var people = access.byId(event.getId());
        var slot = Objects.requireNonNull(event.slot(Objects.requireNonNull(meeting.getPublishedSlot())));
        LocalDate date = LocalDate.ofInstant(slot.startsAt(), event.zone());
        var hub = directory.homeHub().map(OrganizationSummary::id).orElse(null);
        var participants = new ArrayList<EngagementCommands.Participant>();
        var names = new LinkedHashSet<String>();
        for (UUID id : meeting.participants()) {
            var p = people.get(id);
            if (p == null || p.getOrganization() == null) {
                continue;
            }
            var org = new OrganizationId(p.getOrganization());
            participants.add(new EngagementCommands.Participant(org, p.getPerson() == null ? null : new PersonId(p.getPerson()),
                    org.equals(hub), null));
            names.add(p.getOrganizationName());
        }
        if (participants.isEmpty()) {
            throw new RuleViolationException("forum.no-organizations",
                    "None of the meeting's participants belongs to an organization of the directory");
        }
        var forumEngagement = new EngagementId(event.getEngagement());
        var country = engagements.summaries(List.of(forumEngagement)).values().stream().findFirst()
                .map(s -> s.country()).orElse(null);
        var id = commands.log(new EngagementCommands.NewEngagement(EngagementKind.MEETING,
                "B2B meeting: " + String.join(" – ", names), date, null, country,
                "Brokerage meeting at " + event.getTitle() + ", slot " + slot.code() + ", table " + meeting.getPublishedTable(),
                meeting.getNote(), participants, forumEngagement, outcome.strip(), stage));
        meeting.held(outcome.strip(), stage == null ? null : stage.name());
        meeting.logged(id.value());
        return requests.readMeeting(meetingId);
    }
}
