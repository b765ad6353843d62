package org.liaison.ingest.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

public interface Provenances extends Repository<Provenance, UUID> {

    Provenance save(Provenance provenance);

    List<Provenance> findByRecordTypeAndRecordIdOrderByAcceptedAt(String recordType, UUID recordId);

    List<Provenance> findByRecordIdOrderByAcceptedAt(UUID recordId);

    List<Provenance> findByDocument(UUID document);
}
