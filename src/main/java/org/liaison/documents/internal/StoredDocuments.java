package org.liaison.documents.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredDocuments extends JpaRepository<StoredDocument, UUID> {

    List<StoredDocument> findByOwnerOrderByCreatedAtAscIdAsc(String owner);
}
