package org.liaison.fund.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface Votes extends Repository<DealVote, UUID> {
    DealVote saveAndFlush(DealVote vote);
    List<DealVote> findByDealOrderByCastAtAsc(UUID deal);
    long countByDeal(UUID deal);
}
