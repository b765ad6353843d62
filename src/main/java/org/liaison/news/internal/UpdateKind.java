package org.liaison.news.internal;

/** What an entry of "what is new" is about. Labels: {@code news.update.<NAME>}. */
public enum UpdateKind {
    NEWS, ENGAGEMENT, ORGANIZATION, AGREEMENT
}
