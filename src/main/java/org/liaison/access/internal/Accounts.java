package org.liaison.access.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The users. Usernames are looked up by their case-folded key. */
public interface Accounts extends Repository<Account, UUID> {

    Account save(Account account);

    Account saveAndFlush(Account account);

    Optional<Account> findById(UUID id);

    Optional<Account> findByUsernameKey(String usernameKey);

    List<Account> findByOrganization(UUID organization);

    long count();

    boolean existsByIdAndEnabledTrue(UUID id);
}
