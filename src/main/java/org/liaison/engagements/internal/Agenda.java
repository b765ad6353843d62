package org.liaison.engagements.internal;

import java.util.List;

/** A user's open follow-ups (soonest due first) and the upcoming engagements they may see. */
public record Agenda(List<FollowUpView> followUps, List<EngagementView> upcoming) {

    public Agenda {
        followUps = List.copyOf(followUps);
        upcoming = List.copyOf(upcoming);
    }
}
