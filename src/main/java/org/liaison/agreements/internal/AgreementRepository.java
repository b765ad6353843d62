package org.liaison.agreements.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.agreements.AgreementStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The agreements. */
interface AgreementRepository extends JpaRepository<Agreement, UUID>, JpaSpecificationExecutor<Agreement> {

    Optional<Agreement> findFirstByTitle(String title);

    List<Agreement> findByStatusIn(List<AgreementStatus> statuses);
}
