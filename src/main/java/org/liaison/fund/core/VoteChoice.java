package org.liaison.fund.core;

/** A committee member's vote on a deal. */
public enum VoteChoice { FOR, AGAINST, ABSTAIN }
