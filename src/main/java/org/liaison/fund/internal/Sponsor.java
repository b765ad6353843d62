package org.liaison.fund.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * A sponsor of a fund: an organization of the directory and its country, or, while the partner is
 * not yet named, only its country and a label (the story's "Chinese counterpart").
 */
@Embeddable
public class Sponsor {

    @Column(name = "organization_id")
    private @Nullable UUID organization;

    @Column(nullable = false, length = 2)
    private String country = "";

    @Column(name = "unnamed_label", length = 300)
    private @Nullable String unnamedLabel;

    protected Sponsor() {}

    public Sponsor(@Nullable UUID organization, String country, @Nullable String unnamedLabel) {
        this.organization = organization;
        this.country = country;
        this.unnamedLabel = unnamedLabel;
    }

    public @Nullable UUID organization() { return organization; }
    public String country() { return country; }
    public @Nullable String unnamedLabel() { return unnamedLabel; }
}
