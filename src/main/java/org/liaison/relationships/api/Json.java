package org.liaison.relationships.api;

import java.util.List;

/** Lists of the relationships API. */
final class Json {

    private Json() {}

    /** One page of a list: the items, the zero-based page, its size, and the total over all pages. */
    record Page<T>(List<T> items, int page, int size, long total) {}

    /** A list that is not paged. */
    record Items<T>(List<T> items) {}
}
