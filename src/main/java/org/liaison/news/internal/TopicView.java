package org.liaison.news.internal;

import java.util.UUID;

/** A topic as pages and the API show it: its name in the current language and all four. */
public record TopicView(UUID id, long version, String slug, String name, TopicNames names, int position) {}
