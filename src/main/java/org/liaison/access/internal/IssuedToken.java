package org.liaison.access.internal;

/** A token just created: the only moment its secret exists outside the client. */
public record IssuedToken(TokenView token, String secret) {}
