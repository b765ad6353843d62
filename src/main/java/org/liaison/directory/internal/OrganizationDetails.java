package org.liaison.directory.internal;

import java.util.List;

/** An organization with its people and relations, as its page shows them. */
public record OrganizationDetails(OrganizationView organization, List<AffiliationView> people,
        List<RelationView> relations) {}
