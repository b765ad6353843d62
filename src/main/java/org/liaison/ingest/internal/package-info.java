/** Ingestion's documents, proposed facts, review decisions, provenance and feed polling. */
@NullMarked
package org.liaison.ingest.internal;

import org.jspecify.annotations.NullMarked;
