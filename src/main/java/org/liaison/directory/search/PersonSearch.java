package org.liaison.directory.search;

import java.util.List;

import org.liaison.access.ReadScope;

/**
 * Finds people by any of their names, across scripts and spellings, the same way as
 * {@link OrganizationSearch} finds organizations. Every hit is limited to what the read scope permits.
 */
public interface PersonSearch {

    /**
     * The best matches, best first; a blank text lists people by name.
     *
     * @param limit 1 to 100
     */
    List<PersonHit> search(String text, ReadScope scope, int limit);
}
