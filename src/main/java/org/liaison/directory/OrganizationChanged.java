package org.liaison.directory;

/**
 * Published after an organization's facts (names, kind, country, description, technology areas)
 * were edited. Modules that keep a copy of those facts for their own lists refresh it; listeners must
 * be idempotent (the event may be delivered again after a restart).
 */
public record OrganizationChanged(OrganizationId organization) {}
