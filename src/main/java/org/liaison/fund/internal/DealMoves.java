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

public interface DealMoves extends Repository<DealMove, UUID> {
    DealMove save(DealMove move);
    List<DealMove> findByDealOrderByRecordedAtAsc(UUID deal);
}
