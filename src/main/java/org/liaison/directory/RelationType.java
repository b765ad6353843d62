package org.liaison.directory;

/** Typed, dated relations between organizations: "from" is part of / subsidiary of / ... "to". */
public enum RelationType {
    PART_OF,
    SUBSIDIARY_OF,
    MEMBER_OF,
    RESIDENT_OF,
    PARTNER_OF
}
