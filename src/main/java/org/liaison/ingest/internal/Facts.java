package org.liaison.ingest.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface Facts extends Repository<ProposedFact, UUID> {

    ProposedFact save(ProposedFact fact);

    ProposedFact saveAndFlush(ProposedFact fact);

    Optional<ProposedFact> findById(UUID id);

    List<ProposedFact> findByDocumentOrderByPosition(UUID document);

    long countByDocumentAndStatus(UUID document, ProposedFact.Status status);
}
