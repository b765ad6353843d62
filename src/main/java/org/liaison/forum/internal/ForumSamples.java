package org.liaison.forum.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo loader's bulk path: a new event's sample participants and meetings, made in memory
 * (the loader keeps the marketplace's rules: no pair twice, nobody over its cap) and saved in one
 * transaction with JDBC batch inserts instead of a request, an accept and a reload of every
 * meeting of the event for each.
 */
@Service
@Transactional
class ForumSamples {

    static final int SAMPLE_BATCH = 100;

    private final ForumParticipants participants;
    private final ForumMeetings meetings;
    private final ForumAccess access;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    ForumSamples(ForumParticipants participants, ForumMeetings meetings, ForumAccess access, Clock clock) {
        this.participants = participants;
        this.meetings = meetings;
        this.access = access;
        this.clock = clock;
    }

    /**
     * A sample participant for the demo, not saved yet: an approved person of a sample organization
     * named only here (checked as a registration is).
     */
    ForumParticipant sampleParticipant(BrokerageEvent event, @Nullable UUID organization, String organizationName,
            String personName, ParticipantDraft draft) {
        var participant = new ForumParticipant(event.getId(), organization, organizationName, null, personName, true,
                Instant.now(clock));
        ForumRegistrations.describe(event, participant, draft);
        participant.approve();
        return participant;
    }

    void saveSamples(UUID eventId, List<ForumParticipant> people, List<ForumMeeting> made) {
        access.requireOrganiser();
        if (!meetings.findByEventOrderByCreatedAtAscIdAsc(eventId).isEmpty()) {
            throw new IllegalStateException("Sample meetings go only into a new event");
        }
        if (people.stream().anyMatch(p -> !p.getEvent().equals(eventId) || !p.isSample())
                || made.stream().anyMatch(m -> !m.getEvent().equals(eventId))) {
            throw new IllegalArgumentException("Samples of another event");
        }
        entityManager.unwrap(org.hibernate.Session.class).setJdbcBatchSize(SAMPLE_BATCH);
        participants.saveAll(people);
        meetings.saveAll(made);
        meetings.flush();
    }
}
