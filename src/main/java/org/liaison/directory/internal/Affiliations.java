package org.liaison.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Who works where, and as what. */
public interface Affiliations extends Repository<Affiliation, UUID> {

    Affiliation save(Affiliation affiliation);

    Affiliation saveAndFlush(Affiliation affiliation);

    Optional<Affiliation> findById(UUID id);

    void delete(Affiliation affiliation);

    List<Affiliation> findByOrganization(UUID organization);

    List<Affiliation> findByPerson(UUID person);

    List<Affiliation> findAll();
}
