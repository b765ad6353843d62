package org.liaison.agreements.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A new milestone: what, which party owes it, by when. */
public record MilestoneDraft(String title, UUID owner, LocalDate dueOn, boolean sample) {}
