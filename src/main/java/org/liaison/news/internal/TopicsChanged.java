package org.liaison.news.internal;

import org.jspecify.annotations.Nullable;

/**
 * The taxonomy changed: a topic added, renamed, moved or retired (then {@code retiredSlug} names it),
 * so the public pages and their snapshots change too. Internal to the news module.
 */
public record TopicsChanged(@Nullable String retiredSlug) {}
