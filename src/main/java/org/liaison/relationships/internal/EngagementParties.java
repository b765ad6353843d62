package org.liaison.relationships.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The organizations of each engagement, kept from EngagementLogged. */
public interface EngagementParties extends Repository<EngagementParty, EngagementParty.Key> {

    EngagementParty save(EngagementParty party);

    List<EngagementParty> findByEngagement(UUID engagement);

    List<EngagementParty> findByOrganization(UUID organization);

    List<EngagementParty> findAll();

    void delete(EngagementParty party);
}
