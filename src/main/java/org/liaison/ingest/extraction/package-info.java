/**
 * The extractor core: plain Java without Spring or network. Splits an article into sentences,
 * finds organizations, people, events, agreements, funds and intents with curated lexicons and
 * patterns over capitalized noun phrases, and links names to a {@link org.liaison.ingest.extraction.Gazetteer}.
 */
@NullMarked
package org.liaison.ingest.extraction;

import org.jspecify.annotations.NullMarked;
