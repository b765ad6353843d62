package org.liaison.forum.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BrokerageEvents extends JpaRepository<BrokerageEvent, UUID> {

    List<BrokerageEvent> findAllByOrderByCreatedAtDesc();

    Optional<BrokerageEvent> findFirstByEngagement(UUID engagement);
}
