package org.liaison.directory.api;

import java.util.List;

/** A list that is not paged, such as the likely duplicates or an organization's people. */
record ItemsJson<T>(List<T> items) {}
