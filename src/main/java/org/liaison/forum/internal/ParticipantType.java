package org.liaison.forum.internal;

/** What kind of participant registers, for caps per type. Labels: {@code forum.type.<NAME>}. */
public enum ParticipantType {
    COMPANY, INVESTOR, RESEARCH, GOVERNMENT, OTHER
}
