package org.liaison.directory.api;

import java.util.List;

/** One page of a list: the items, the zero-based page, its size, and the total over all pages. */
record PageJson<T>(List<T> items, int page, int size, long total) {}
