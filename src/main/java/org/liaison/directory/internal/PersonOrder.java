package org.liaison.directory.internal;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/** The orders in which people can be listed: by primary name, or most recently changed first. */
public enum PersonOrder {
    NAME(JpaSort.unsafe(Sort.Direction.ASC, "lower(pn.text)")),
    NAME_DESCENDING(JpaSort.unsafe(Sort.Direction.DESC, "lower(pn.text)")),
    UPDATED(Sort.by(Sort.Direction.ASC, "updatedAt")),
    UPDATED_DESCENDING(Sort.by(Sort.Direction.DESC, "updatedAt"));

    private final Sort sort;

    PersonOrder(Sort sort) {
        this.sort = sort.and(Sort.by("id"));
    }

    Sort sort() {
        return sort;
    }
}
