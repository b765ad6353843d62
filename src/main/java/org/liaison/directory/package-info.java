/**
 * The partner directory: organizations and people in every script, their affiliations and
 * relations, search across scripts and spellings, duplicate detection and merging.
 */
@NullMarked
package org.liaison.directory;

import org.jspecify.annotations.NullMarked;
