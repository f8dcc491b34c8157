package app.vidatlas.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Text that mixes English and Chinese. The standard tokenizer keeps Latin words whole and splits Han text into
 * characters; Latin words are lower-cased, folded to ASCII, stripped of possessives and stemmed ({@code aligned}
 * and {@code alignment} both become {@code align}); Han characters are joined into overlapping bigrams, so a part
 * of a word ({@code 一致} in {@code 一致性}, {@code 时域} in {@code 时域卷积}) still matches.
 * <p>
 * Indexing also keeps single characters; queries use bigrams only, so a two-character word must appear as such.
 */
final class MixedTextAnalyzer extends Analyzer {
    private final boolean unigrams;

    private MixedTextAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    static MixedTextAnalyzer forIndex() {
        return new MixedTextAnalyzer(true);
    }

    static MixedTextAnalyzer forQuery() {
        return new MixedTextAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream t = new CJKWidthFilter(source);
        t = new LowerCaseFilter(t);
        t = new EnglishPossessiveFilter(t);
        t = new ASCIIFoldingFilter(t);
        t = new CJKBigramFilter(t, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL, unigrams);
        t = new PorterStemFilter(t);
        return new TokenStreamComponents(source, t);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }
}
