package org.liaison.access;

/** The roles of signed-in users. Anonymous visitors have none and see public pages only. */
public enum Role {
    ADMINISTRATOR,
    COOPERATION_MANAGER,
    COMMITTEE_MEMBER,
    PARTNER;

    /** The Spring Security authority, e.g. {@code ROLE_ADMINISTRATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
