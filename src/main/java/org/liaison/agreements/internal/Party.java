package org.liaison.agreements.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** A party as stored: organization, role, signatory. */
@Embeddable
public class Party {

    @Column(name = "organization_id", nullable = false)
    private UUID organization;

    @Column(nullable = false, length = 100)
    private String role;

    @Column(name = "signatory_person_id")
    private @Nullable UUID signatory;

    protected Party() {
        this.organization = new UUID(0, 0);
        this.role = "";
    }

    public Party(UUID organization, String role, @Nullable UUID signatory) {
        this.organization = organization;
        this.role = role;
        this.signatory = signatory;
    }

    public UUID organization() {
        return organization;
    }

    public String role() {
        return role;
    }

    public @Nullable UUID signatory() {
        return signatory;
    }

    void moveTo(UUID survivor) {
        this.organization = survivor;
    }
}
