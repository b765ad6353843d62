package org.liaison.news.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An organization a news item is about, with the name the item shows for it: the item is public,
 * the directory is not, so the page shows the name the editor published, not the directory's record.
 */
@Embeddable
public record LinkedOrganization(@Column(name = "organization_id", nullable = false) UUID organization,
        @Column(name = "name", nullable = false, length = 500) String name) {}
