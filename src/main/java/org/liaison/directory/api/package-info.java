/**
 * The directory's REST API under {@code /api/v1}: organizations, people, affiliations and
 * relations as JSON records, with ETag/If-Match and problem details, all through the
 * directory's service and its access rules.
 */
@NullMarked
package org.liaison.directory.api;

import org.jspecify.annotations.NullMarked;
