package org.liaison.directory.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the index, registered with
 * {@code hibernate.search.backend.analysis.configurer=class:org.liaison.directory.search.LiaisonAnalysisConfigurer}.
 * Any module's index may use them by name:
 * <ul>
 * <li>{@value #NAME}: names in any script. Standard tokenizer, full-width forms folded, lower
 * case, Latin diacritics folded, and CJK runs cut into overlapping bigrams so that "清华" finds
 * 清华大学 (a CJK word stays one token otherwise).</li>
 * <li>{@value #PREFIX} / {@value #PREFIX_QUERY}: search as you type. Every word is indexed with
 * its leading edges ("tsi", "tsin", ...), a lone CJK character as itself; queries are not cut.</li>
 * <li>{@value #SORT}: normalizer for sorting by name.</li>
 * </ul>
 */
public class LiaisonAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String NAME = "liaison_name";
    public static final String PREFIX = "liaison_prefix";
    public static final String PREFIX_QUERY = "liaison_prefix_query";
    public static final String SORT = "liaison_sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(NAME).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class);
        context.analyzer(PREFIX).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                        .param("minGramSize", "1")
                        .param("maxGramSize", "20")
                        .param("preserveOriginal", "true");
        context.analyzer(PREFIX_QUERY).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer(SORT).custom()
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
