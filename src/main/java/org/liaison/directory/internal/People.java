package org.liaison.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The people of the directory. */
public interface People extends Repository<Person, UUID> {

    Person save(Person person);

    Person saveAndFlush(Person person);

    Optional<Person> findById(UUID id);

    List<Person> findAllByIdIn(Collection<UUID> ids);

    @Query("select p from Person p join p.names n where lower(n.text) = lower(:text)")
    List<Person> findByNameIgnoreCase(String text);

    /**
     * People whose names contain {@code pattern} (a lower-case LIKE pattern, {@code %} for all),
     * limited by a read scope in SQL so that pages and counts agree with what the viewer may see.
     * {@code pn} is the primary name, for sorting by name.
     */
    @Query(value = """
            select p from Person p join p.names pn
            where pn.primary = true
              and exists (select 1 from Person q join q.names n where q = p and lower(n.text) like :pattern escape '!')
              and (:scope = 'ALL'
                or (:scope = 'STAFF' and (p.access.visibility <> org.liaison.access.Visibility.CONFIDENTIAL
                                          or p.access.confidentialGroup in :groups))
                or (:scope = 'PARTNER' and (p.access.ownerOrganization = :partner
                                          or (p.access.visibility = org.liaison.access.Visibility.SHARED
                                              and p.access.sharedWith like :sharedPattern))))
            """, countQuery = """
            select count(p) from Person p join p.names pn
            where pn.primary = true
              and exists (select 1 from Person q join q.names n where q = p and lower(n.text) like :pattern escape '!')
              and (:scope = 'ALL'
                or (:scope = 'STAFF' and (p.access.visibility <> org.liaison.access.Visibility.CONFIDENTIAL
                                          or p.access.confidentialGroup in :groups))
                or (:scope = 'PARTNER' and (p.access.ownerOrganization = :partner
                                          or (p.access.visibility = org.liaison.access.Visibility.SHARED
                                              and p.access.sharedWith like :sharedPattern))))
            """)
    Page<Person> findVisible(String pattern, String scope, Collection<String> groups, @Nullable UUID partner,
            String sharedPattern, Pageable pageable);
}
