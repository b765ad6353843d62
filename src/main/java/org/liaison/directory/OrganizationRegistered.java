package org.liaison.directory;

/** Published when an organization is added to the directory. */
public record OrganizationRegistered(OrganizationId organization, String primaryName, String country) {}
