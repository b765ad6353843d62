package org.liaison.forum.schedule;

/** A meeting at a slot and a table (a booth, or a shared table {@code T-1} ... {@code T-n}). */
public record Placement(String meeting, String slot, String table) {}
