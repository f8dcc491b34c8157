package app.vidatlas.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A query to search with, from the one to highlight with: every phrase of several words matches as the phrase but
 * scores as its words. Scoring a phrase counts every place it occurs in every matching document, which made common
 * phrases the slowest queries of a large library (11 of 14 ms at 100,000 papers); as a filter it stops at the first
 * occurrence, and its words' scores come from counts the index keeps. The highlighter keeps the query with the
 * phrases as they are: given the words, it would mark them wherever they stand.
 */
final class PhrasesScoredByWords {
    private PhrasesScoredByWords() {
    }

    static Query of(Query q) {
        if (q instanceof PhraseQuery p && p.getTerms().length > 1 && p.getSlop() == 0) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(p, Occur.FILTER);
            for (Term t : new LinkedHashSet<>(List.of(p.getTerms()))) {
                b.add(new TermQuery(t), Occur.SHOULD); // all present wherever the phrase is: they only score
            }
            return b.build();
        }
        if (q instanceof BoostQuery b) {
            return new BoostQuery(of(b.getQuery()), b.getBoost());
        }
        if (q instanceof DisjunctionMaxQuery d) {
            List<Query> each = new ArrayList<>();
            d.getDisjuncts().forEach(x -> each.add(of(x)));
            return new DisjunctionMaxQuery(each, d.getTieBreakerMultiplier());
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                out.add(of(c.getQuery()), c.getOccur());
            }
            return out.build();
        }
        return q;
    }
}
