/**
 * Ingestion: turns press releases, web pages, files and feeds into proposed facts, which a person
 * reviews before they become records of the directory, engagements, relationships and other modules.
 */
@NullMarked
package org.liaison.ingest;

import org.jspecify.annotations.NullMarked;
