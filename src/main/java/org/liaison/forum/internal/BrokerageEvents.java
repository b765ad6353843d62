package org.liaison.forum.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BrokerageEvents extends JpaRepository<BrokerageEvent, UUID> {

    List<BrokerageEvent> findAllByOrderByCreatedAtDesc();

    Optional<BrokerageEvent> findFirstByEngagement(UUID engagement);

    /** The event, its row locked until the transaction ends: booth changes of one event take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from BrokerageEvent e where e.id = :id")
    Optional<BrokerageEvent> lockById(UUID id);
}
