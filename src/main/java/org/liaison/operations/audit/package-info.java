/**
 * The audit trail: Hibernate Envers revisions of every audited record (who, when in UTC, fields
 * before and after) and the append-only log of security events.
 */
@NullMarked
package org.liaison.operations.audit;

import org.jspecify.annotations.NullMarked;
