package org.liaison.agreements;

/** What kind of agreement it is. */
public enum AgreementKind {
    MEMORANDUM_OF_UNDERSTANDING,
    COOPERATION_AGREEMENT,
    LICENCE,
    JOINT_VENTURE,
    INVESTMENT_AGREEMENT,
    NDA
}
