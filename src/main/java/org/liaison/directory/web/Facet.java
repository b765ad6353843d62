package org.liaison.directory.web;

/** One value of a facet: its label, how many hits have it, and the list with it toggled. */
record Facet(String value, String label, long count, boolean selected, String url) {}
