package org.liaison.directory;

/**
 * Published when a duplicate organization is merged into a surviving one. Every module that
 * holds organization ids moves its references from {@code merged} to {@code survivor}; listeners
 * must be idempotent.
 */
public record OrganizationsMerged(OrganizationId merged, OrganizationId survivor) {}
