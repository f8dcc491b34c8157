package app.vidatlas.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Chinese segmented into words (smartcn's HMM model), Latin words lower-cased and stemmed. Used beside the bigram
 * field so that a query that is a whole word ranks the documents where it stands as a word above those that
 * merely share characters. Punctuation is dropped; no stop words, so short queries keep their meaning.
 */
final class ChineseWordAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        HMMChineseTokenizer source = new HMMChineseTokenizer();
        TokenStream t = new LowerCaseFilter(source);
        t = new PunctuationFilter(t);
        t = new PorterStemFilter(t);
        return new TokenStreamComponents(source, t);
    }
}
