/** The operations module's services: the maintenance switch, audit, backup and personal data. */
@NullMarked
package org.liaison.operations.internal;

import org.jspecify.annotations.NullMarked;
