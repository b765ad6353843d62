package org.liaison.agreements.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Milestones extends JpaRepository<Milestone, UUID> {

    List<Milestone> findByAgreementOrderByDueOnAscTitleAsc(UUID agreement);

    List<Milestone> findByAgreementInOrderByDueOnAsc(Collection<UUID> agreements);

    List<Milestone> findByStatusAndDueOnBetween(MilestoneStatus status, LocalDate from, LocalDate to);

    List<Milestone> findByOwner(UUID owner);
}
