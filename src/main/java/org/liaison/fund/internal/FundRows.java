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

public interface FundRows extends JpaRepository<Fund, UUID>, JpaSpecificationExecutor<Fund> {

    /** Serializes ledger postings of one fund (checks then inserts, in one lock). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from Fund f where f.id = :id")
    Optional<Fund> lockById(UUID id);

    Optional<Fund> findFirstByName(String name);
}
