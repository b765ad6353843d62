package org.liaison.engagements.internal;

/** Which side of the table a participant sits on: the hub's own (HUB) or the partners' (PARTNER). */
public enum Side {
    HUB, PARTNER
}
