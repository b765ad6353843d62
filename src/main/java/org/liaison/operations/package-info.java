/**
 * Keeping the instance running and accountable: maintenance mode, the audit trail of every
 * change and security event, backup and restore, metrics, and personal-data export and erasure.
 */
@NullMarked
package org.liaison.operations;

import org.jspecify.annotations.NullMarked;
