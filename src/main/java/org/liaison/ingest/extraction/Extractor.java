package org.liaison.ingest.extraction;

/**
 * Finds facts in an article. The rule-based extractor is the default; an extractor that calls a
 * language-model service could sit behind the same interface.
 */
@FunctionalInterface
public interface Extractor {

    Extraction extract(Article article);
}
