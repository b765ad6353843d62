package org.liaison.forum.schedule;

import java.time.OffsetDateTime;

/** A time slot of the brokerage event; {@code day} groups slots for counting idle gaps. */
public record Slot(String id, int day, OffsetDateTime start, int minutes) {}
