package org.liaison.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The organizations of the directory. */
public interface Organizations extends Repository<Organization, UUID> {

    Organization save(Organization organization);

    /** Saves and flushes, so the returned record carries its new version. */
    Organization saveAndFlush(Organization organization);

    Optional<Organization> findById(UUID id);

    List<Organization> findAllByIdIn(Collection<UUID> ids);

    long count();

    @Query("select o from Organization o join o.names n where lower(n.text) = lower(:text) and o.mergedInto is null")
    List<Organization> findByNameIgnoreCase(String text);

    @Query("select o from Organization o where lower(o.website) = lower(:website) and o.mergedInto is null")
    List<Organization> findByWebsiteIgnoreCase(String website);
}
