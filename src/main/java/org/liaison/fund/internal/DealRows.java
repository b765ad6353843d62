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

public interface DealRows extends JpaRepository<Deal, UUID> {

    List<Deal> findByFundOrderByCreatedAtAscTitleAsc(UUID fund);

    /** Serializes votes, conflicts and the closing of one deal's vote. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Deal d where d.id = :id")
    Optional<Deal> lockById(UUID id);

    Optional<Deal> findFirstByFundAndTitle(UUID fund, String title);
}
