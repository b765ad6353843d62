/**
 * Who may do what: users, roles, API tokens, and the one access model every module's records
 * follow (owning organization, visibility, confidential groups).
 */
@NullMarked
package org.liaison.access;

import org.jspecify.annotations.NullMarked;
