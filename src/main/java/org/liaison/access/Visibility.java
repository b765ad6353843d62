package org.liaison.access;

/** Who besides the owning organization may see a record. */
public enum Visibility {
    /** The hub's staff (administrators, cooperation managers, committee members). */
    INTERNAL,
    /** The hub's staff and the partner organizations the record is shared with. */
    SHARED,
    /** Only the members of a named group, such as the investment committee, and administrators. */
    CONFIDENTIAL
}
