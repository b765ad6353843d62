package org.liaison.fund.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Exchange rates: added and read, never changed. */
public interface Rates extends Repository<FxRate, UUID> {
    FxRate saveAndFlush(FxRate rate);
    List<FxRate> findAll();
    List<FxRate> findByDateLessThanEqual(LocalDate date);
    boolean existsByBaseAndQuoteAndDate(String base, String quote, LocalDate date);
    long count();
}
