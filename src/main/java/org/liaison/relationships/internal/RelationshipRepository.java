package org.liaison.relationships.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The relationships, one per organization. */
public interface RelationshipRepository extends Repository<Relationship, UUID> {

    Relationship save(Relationship relationship);

    Relationship saveAndFlush(Relationship relationship);

    Optional<Relationship> findById(UUID id);

    Optional<Relationship> findByOrganization(UUID organization);

    List<Relationship> findByOrganizationIn(Collection<UUID> organizations);

    List<Relationship> findAll();

    @Query("select distinct r from Relationship r join r.interactions i where i.source = :source")
    List<Relationship> findByInteractionSource(UUID source);

    void delete(Relationship relationship);

    void flush();
}
