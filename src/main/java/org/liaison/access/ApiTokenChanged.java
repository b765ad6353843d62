package org.liaison.access;

import java.util.UUID;

/**
 * An API token was created or revoked: a security event, published inside the transaction that
 * made the change (the audit trail records it with the change).
 *
 * @param account the user the token belongs to
 * @param token   the token's id (never its secret)
 * @param name    the token's name
 * @param change  what happened
 */
public record ApiTokenChanged(UUID account, UUID token, String name, Change change) {

    public enum Change { CREATED, REVOKED }
}
