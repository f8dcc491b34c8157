package app.vidatlas.search;

import app.vidatlas.index.IndexSchema;
import app.vidatlas.notes.Texts;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a parsed query into a Lucene query. Each word must match somewhere (names and titles weigh most); a word
 * or run of words that is a paper's name or alias also finds that paper outright ({@code SVD}), common
 * abbreviations are spelled out ({@code T2V} is also "text to video"), and in the fuzzy variant a mistyped word
 * also matches the words it is one or two letters away from ({@code AnimatDiff}).
 */
final class QueryFactory {
    /** Text fields a free word is looked for in, with their weights. */
    private static final Map<String, Float> FREE_FIELDS = Map.of(
            IndexSchema.NAMES, 6f,
            IndexSchema.TITLE, 3f,
            IndexSchema.AUTHORS, 1.5f,
            IndexSchema.VENUE, 1f,
            IndexSchema.CATEGORY, 0.5f,
            IndexSchema.TAG, 1f,
            IndexSchema.ATTRIBUTES, 0.5f,
            IndexSchema.TEXT, 1f,
            IndexSchema.ANNOTATION, 1f,
            IndexSchema.TEXT_ZH, 0.8f);
    private static final float PAPER_NAME_BOOST = 12f;
    private static final int LONGEST_NAME_WORDS = 6;

    /** Abbreviations the notes use, and what they stand for. */
    static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "t2v", List.of("text to video"),
            "t2i", List.of("text to image"),
            "i2v", List.of("image to video"),
            "v2v", List.of("video to video"),
            "dit", List.of("diffusion transformer"),
            "llm", List.of("large language model"),
            "vdm", List.of("video diffusion model"),
            "ldm", List.of("latent diffusion model"),
            "sd", List.of("stable diffusion"));

    private final QueryBuilder builder;
    private final NameDirectory names;

    QueryFactory(Analyzer queryAnalyzer, NameDirectory names) {
        this.builder = new QueryBuilder(queryAnalyzer);
        this.names = names;
    }

    Query build(QuerySyntax.Parsed parsed, boolean fuzzy) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<QuerySyntax.Group> groups = parsed.groups();
        int i = 0;
        while (i < groups.size()) {
            QuerySyntax.Group g = groups.get(i);
            int run = g.excluded() ? 0 : nameRun(groups, i, fuzzy);
            if (run > 0) {
                query.add(nameGroup(groups.subList(i, i + run), fuzzy), Occur.MUST);
                i += run;
                continue;
            }
            Query q = group(g, fuzzy);
            query.add(q, g.excluded() ? Occur.MUST_NOT : Occur.MUST);
            i++;
        }
        query.add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_NOTE)), Occur.MUST_NOT);
        return query.build();
    }

    /** How many plain words from {@code start} form the longest paper name (0 when none does). */
    private int nameRun(List<QuerySyntax.Group> groups, int start, boolean fuzzy) {
        StringBuilder words = new StringBuilder();
        int best = 0;
        for (int n = 1; n <= LONGEST_NAME_WORDS && start + n <= groups.size(); n++) {
            QuerySyntax.Group g = groups.get(start + n - 1);
            if (g.excluded() || g.alternatives().size() != 1 || g.alternatives().get(0).field() != null) {
                break;
            }
            words.append(g.alternatives().get(0).text());
            if (!names.find(words.toString(), fuzzy).isEmpty()) {
                best = n;
            }
        }
        return best;
    }

    /** Words that together name a paper: either they all match, or the document belongs to that paper. */
    private Query nameGroup(List<QuerySyntax.Group> run, boolean fuzzy) {
        StringBuilder words = new StringBuilder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (QuerySyntax.Group g : run) {
            QuerySyntax.Term t = g.alternatives().get(0);
            words.append(t.text());
            all.add(free(t.text(), t.phrase(), fuzzy), Occur.MUST);
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(all.build(), Occur.SHOULD);
        for (String id : names.find(words.toString(), fuzzy)) {
            either.add(paper(id), Occur.SHOULD);
        }
        return either.build();
    }

    private Query group(QuerySyntax.Group g, boolean fuzzy) {
        if (g.alternatives().size() == 1) {
            return term(g.alternatives().get(0), fuzzy);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (QuerySyntax.Term t : g.alternatives()) {
            any.add(term(t, fuzzy), Occur.SHOULD);
        }
        return any.build();
    }

    private Query term(QuerySyntax.Term t, boolean fuzzy) {
        if (t.field() == null) {
            Query q = free(t.text(), t.phrase(), fuzzy);
            Set<String> ids = names.find(t.text(), fuzzy);
            if (ids.isEmpty()) {
                return q;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder().add(q, Occur.SHOULD);
            ids.forEach(id -> either.add(paper(id), Occur.SHOULD));
            return either.build();
        }
        if (IndexSchema.YEAR.equals(t.field())) {
            String[] range = t.text().split("\\.\\.");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            return IntPoint.newRangeQuery(IndexSchema.YEAR, Math.min(from, to), Math.max(from, to));
        }
        return inField(t.field(), t.text(), t.phrase(), fuzzy);
    }

    /** A word (or quoted phrase) in any text field, best field counting most. */
    private Query free(String text, boolean phrase, boolean fuzzy) {
        List<Query> per = new ArrayList<>();
        for (Map.Entry<String, Float> f : FREE_FIELDS.entrySet()) {
            Query q = builder.createPhraseQuery(f.getKey(), text);
            if (q != null) {
                per.add(new BoostQuery(q, f.getValue()));
            }
        }
        if (!phrase) {
            for (String expansion : ABBREVIATIONS.getOrDefault(text.toLowerCase(Locale.ROOT), List.of())) {
                for (String field : List.of(IndexSchema.TITLE, IndexSchema.TEXT, IndexSchema.ANNOTATION)) {
                    Query q = builder.createPhraseQuery(field, expansion);
                    if (q != null) {
                        per.add(new BoostQuery(q, field.equals(IndexSchema.TITLE) ? 2f : 1f));
                    }
                }
            }
            if (fuzzy) {
                per.addAll(fuzzyTerms(text));
            }
        }
        return per.isEmpty() ? new MatchNoDocsQuery("no searchable words in: " + text)
                : new DisjunctionMaxQuery(per, 0.1f);
    }

    private Query inField(String field, String text, boolean phrase, boolean fuzzy) {
        if (phrase) {
            Query q = builder.createPhraseQuery(field, text);
            return q == null ? new MatchNoDocsQuery() : q;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : text.split("[\\s,]+")) {
            Query q = builder.createPhraseQuery(field, word);
            if (q != null) {
                if (fuzzy) {
                    List<Query> alternatives = new ArrayList<>(List.of(q));
                    for (String token : tokens(field, word)) {
                        if (isFuzzyable(token)) {
                            alternatives.add(fuzzy(field, token));
                        }
                    }
                    q = new DisjunctionMaxQuery(alternatives, 0f);
                }
                all.add(q, Occur.MUST);
            }
        }
        BooleanQuery built = all.build();
        return built.clauses().isEmpty() ? new MatchNoDocsQuery() : built;
    }

    /** A mistyped Latin word: the words one or two letters away, in names, titles and text. */
    private List<Query> fuzzyTerms(String text) {
        List<Query> out = new ArrayList<>();
        for (String field : List.of(IndexSchema.NAMES, IndexSchema.TITLE, IndexSchema.TEXT)) {
            for (String token : tokens(field, text)) {
                if (isFuzzyable(token)) {
                    out.add(new BoostQuery(fuzzy(field, token), field.equals(IndexSchema.TEXT) ? 0.5f : 2f));
                }
            }
        }
        return out;
    }

    private static boolean isFuzzyable(String token) {
        return token.length() >= 4 && token.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }

    private static Query fuzzy(String field, String token) {
        // One edit: two-edit automata cost tens of milliseconds to build, and one already finds "AnimatDiff".
        return new FuzzyQuery(new Term(field, token), 1, 1);
    }

    private List<String> tokens(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = builder.getAnalyzer().tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Query paper(String id) {
        return new BoostQuery(new TermQuery(new Term(IndexSchema.PAPER_ID, id)), PAPER_NAME_BOOST);
    }

    /** Paper names and aliases, compared without case, spaces or punctuation ({@code stable video diffusion}). */
    static final class NameDirectory {
        private final Map<String, Set<String>> byName = new java.util.HashMap<>();
        // Filed on first use: a quarter of opening a large index went into filing 250,000 names nobody searched yet.
        private java.util.function.Consumer<NameDirectory> filler;

        /** @param filler adds every name, the first time one is looked up */
        NameDirectory(java.util.function.Consumer<NameDirectory> filler) {
            this.filler = filler;
        }

        /** Files the names now (once). */
        synchronized void fill() {
            if (filler != null) {
                java.util.function.Consumer<NameDirectory> f = filler;
                filler = null;
                f.accept(this);
            }
        }

        void add(String name, String paperId) {
            String key = Texts.compact(name);
            if (key.length() >= 2) {
                byName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(paperId);
            }
        }

        /** The papers a name belongs to; with {@code fuzzy}, also names one or two letters away. */
        Set<String> find(String words, boolean fuzzy) {
            fill();
            String key = Texts.compact(words);
            Set<String> exact = byName.getOrDefault(key, Set.of());
            if (!fuzzy || !exact.isEmpty() || key.length() < 5) {
                return exact;
            }
            int maxEdits = key.length() >= 8 ? 2 : 1;
            Set<String> out = new LinkedHashSet<>();
            for (Map.Entry<String, Set<String>> e : byName.entrySet()) {
                if (Math.abs(e.getKey().length() - key.length()) <= maxEdits
                        && Texts.levenshtein(e.getKey(), key) <= maxEdits) {
                    out.addAll(e.getValue());
                }
            }
            return out;
        }
    }
}
