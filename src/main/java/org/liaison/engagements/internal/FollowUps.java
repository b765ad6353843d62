package org.liaison.engagements.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The follow-up tasks of engagements. */
public interface FollowUps extends JpaRepository<FollowUp, UUID> {

    List<FollowUp> findByEngagementOrderByDueDateAscTitleAsc(UUID engagement);

    List<FollowUp> findByOwnerAndDoneFalseOrderByDueDateAscTitleAsc(UUID owner);

    List<FollowUp> findByEngagementInAndDoneFalseOrderByDueDateAscTitleAsc(java.util.Collection<UUID> engagements);

    boolean existsByEngagementAndTitle(UUID engagement, String title);
}
