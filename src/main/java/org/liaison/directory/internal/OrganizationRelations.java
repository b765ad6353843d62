package org.liaison.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Typed relations between organizations. */
public interface OrganizationRelations extends Repository<OrganizationRelation, UUID> {

    OrganizationRelation save(OrganizationRelation relation);

    OrganizationRelation saveAndFlush(OrganizationRelation relation);

    Optional<OrganizationRelation> findById(UUID id);

    void delete(OrganizationRelation relation);

    @Query("select r from OrganizationRelation r where r.from = :organization or r.to = :organization")
    List<OrganizationRelation> findInvolving(UUID organization);

    List<OrganizationRelation> findAll();
}
