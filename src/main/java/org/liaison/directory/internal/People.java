package org.liaison.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The people of the directory. */
public interface People extends Repository<Person, UUID> {

    Person save(Person person);

    Optional<Person> findById(UUID id);

    List<Person> findAllByIdIn(Collection<UUID> ids);

    @Query("select p from Person p join p.names n where lower(n.text) = lower(:text)")
    List<Person> findByNameIgnoreCase(String text);
}
