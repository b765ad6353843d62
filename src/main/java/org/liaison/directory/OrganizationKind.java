package org.liaison.directory;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of organization, with the exact labels the extraction contract uses. */
public enum OrganizationKind {
    INNOVATION_HUB("innovation hub"),
    TECHNOPARK("technopark"),
    INCUBATOR("incubator"),
    ACCELERATOR("accelerator"),
    UNIVERSITY("university"),
    RESEARCH_CENTRE("research centre"),
    CORPORATION("corporation"),
    GOVERNMENT_BODY("government body"),
    BUSINESS_ASSOCIATION("business association"),
    INVESTMENT_FUND("investment fund"),
    OTHER("other");

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the label ("innovation hub") or the constant name ("INNOVATION_HUB"). */
    public static Optional<OrganizationKind> parse(String value) {
        return Arrays.stream(values())
                .filter(k -> k.label.equalsIgnoreCase(value.trim()) || k.name().equalsIgnoreCase(value.trim()))
                .findFirst();
    }
}
