package org.liaison.agreements.internal;

/** OPEN until its owner marks it DONE (or a manager CANCELLED it). */
public enum MilestoneStatus {
    OPEN, DONE, CANCELLED
}
