package org.liaison.forum.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForumMeetings extends JpaRepository<ForumMeeting, UUID> {

    List<ForumMeeting> findByEventOrderByCreatedAtAscIdAsc(UUID event);

    /** The event's locked meetings (a few, where the event has thousands). */
    List<ForumMeeting> findByEventAndLockedTrueOrderByCreatedAtAscIdAsc(UUID event);
}
