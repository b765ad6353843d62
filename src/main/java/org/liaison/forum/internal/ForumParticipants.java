package org.liaison.forum.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForumParticipants extends JpaRepository<ForumParticipant, UUID> {

    List<ForumParticipant> findByEventOrderByOrganizationNameAscPersonNameAsc(UUID event);

    long countByEvent(UUID event);
}
