/** The ingestion API: extraction per the contract, the review queue, feeds. */
@NullMarked
package org.liaison.ingest.api;

import org.jspecify.annotations.NullMarked;
