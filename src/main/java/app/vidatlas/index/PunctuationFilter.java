package app.vidatlas.index;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Drops tokens that hold no letter or digit (smartcn emits punctuation as tokens) without leaving a gap: "T2I ->
 * T2V" stays a phrase of adjacent words, and does not match "T2I networks for T2V".
 */
final class PunctuationFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    PunctuationFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (hasLetterOrDigit()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasLetterOrDigit() {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetterOrDigit(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
