/**
 * Backup and restore: every table (found in the database's metadata, so new modules are
 * covered) and the stored documents in one zip with a manifest of counts and fingerprints;
 * restore into an empty instance, also from H2 into PostgreSQL, then the search indexes rebuilt.
 */
@NullMarked
package org.liaison.operations.backup;

import org.jspecify.annotations.NullMarked;
