package org.liaison.relationships.internal.paths;

/** One step of a chain, walked from {@code from} to {@code to}, with the link behind it. */
public record Step(String from, String to, Link link) {}
