package org.liaison.news;

import java.util.UUID;

/** Other modules refer to a news item by this id, never by its entity. */
public record NewsItemId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
