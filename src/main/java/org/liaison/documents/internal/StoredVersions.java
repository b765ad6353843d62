package org.liaison.documents.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredVersions extends JpaRepository<StoredVersion, StoredVersion.Key> {

    List<StoredVersion> findByDocumentIdOrderByNumberAsc(UUID documentId);

    Optional<StoredVersion> findByDocumentIdAndNumber(UUID documentId, int number);
}
