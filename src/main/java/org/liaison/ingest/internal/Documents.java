package org.liaison.ingest.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface Documents extends Repository<IngestDocument, UUID> {

    IngestDocument save(IngestDocument document);

    Optional<IngestDocument> findById(UUID id);

    Optional<IngestDocument> findByContentHash(String hash);

    Page<IngestDocument> findAllByOrderByCreatedAtDesc(Pageable page);

    List<IngestDocument> findAllByIdIn(java.util.Collection<UUID> ids);
}
