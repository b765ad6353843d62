package org.liaison.directory.search;

import java.util.List;
import java.util.UUID;

/** A person found: the primary name and the other names. */
public record PersonHit(UUID id, String name, List<String> otherNames) {}
