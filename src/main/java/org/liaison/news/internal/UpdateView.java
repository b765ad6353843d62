package org.liaison.news.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An entry of "what is new" as the viewer may see it.
 *
 * @param path the page to open, inside the application; null when the record has no page
 */
public record UpdateView(UUID id, UpdateKind kind, String title, LocalDate date, @Nullable String path) {}
