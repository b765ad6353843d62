/** The relationships' REST API under /api/v1: relationships, their stages, strength and paths, and coverage. */
@NullMarked
package org.liaison.relationships.api;

import org.jspecify.annotations.NullMarked;
