package org.liaison.fund.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Append-only: save and read, no update or delete method. */
public interface LedgerEntries extends Repository<LedgerEntry, UUID> {
    LedgerEntry saveAndFlush(LedgerEntry entry);
    List<LedgerEntry> findByFundOrderByPostedAtAscIdAsc(UUID fund);
    Optional<LedgerEntry> findById(UUID id);
    long countByFund(UUID fund);
}
