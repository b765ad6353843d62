package org.liaison.engagements.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The engagements. Lists go through specifications with the access rule (AccessSpecifications). */
public interface Engagements extends JpaRepository<Engagement, UUID>, JpaSpecificationExecutor<Engagement> {

    @Query("select distinct e from Engagement e join e.participants p where p.organization = :organization")
    List<Engagement> findWithOrganization(UUID organization);

    Optional<Engagement> findFirstByTitle(String title);
}
