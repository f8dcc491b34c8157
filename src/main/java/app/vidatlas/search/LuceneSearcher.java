package app.vidatlas.search;

import app.vidatlas.index.GroupInfoCodec;
import app.vidatlas.index.IndexSchema;
import app.vidatlas.index.ResultGroups;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Searches one open index. Results are grouped: first every matching document gives its score to its group (a
 * paper, or a slide no paper owns), then the best groups' best documents are fetched and highlighted.
 */
final class LuceneSearcher implements SearchBackend {
    /** A slide no paper owns counts for less than a paper: the app is about papers. */
    private static final float ORPHAN_WEIGHT = 0.5f;
    private static final int SLIDES_PER_HIT = 3;
    private static final int SNIPPETS_PER_HIT = 3;
    private static final int DOCS_PER_HIT = 4;
    /** Ranking reads at least this many best documents (and more for long result lists). */
    private static final int TOP_DOCS = 200;
    private static final int DOCS_PER_RESULT = 12;

    private final IndexSearcher searcher;
    private final QueryFactory queries;
    private final QueryFactory.NameDirectory names;
    private final UnifiedHighlighter highlighter;
    /** The index's result groups: what each shows and counts in facets, read once when the index opened. */
    private final ResultGroups groups;
    private final SearchFacets facets;

    LuceneSearcher(DirectoryReader reader, ResultGroups groups) {
        this.searcher = new IndexSearcher(reader);
        this.groups = groups;
        this.names = new QueryFactory.NameDirectory(d -> {
            for (GroupInfoCodec.Info info : groups.papers()) {
                info.names().forEach(name -> d.add(name, info.paperId()));
            }
        });
        this.queries = new QueryFactory(IndexSchema.queryAnalyzer(), names);
        // Built once: it is thread-safe, and its analyzer is made once rather than per search.
        this.highlighter = UnifiedHighlighter.builder(searcher, IndexSchema.indexAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(0)
                .build();
        this.facets = new SearchFacets(groups);
    }

    /** Files what the first search would (the papers' names), ahead of it. */
    @Override
    public void warmUp() {
        names.fill();
    }

    @Override
    public SearchResult search(String text, int limit) {
        long start = System.nanoTime();
        QuerySyntax.Parsed parsed = QuerySyntax.parse(text);
        List<String> notices = new ArrayList<>(parsed.notices());
        if (parsed.isEmpty()) {
            return new SearchResult(text, 0, elapsed(start), List.of(), Map.of(), notices);
        }
        try {
            Query shown = queries.build(parsed, false);
            Query used = PhrasesScoredByWords.of(shown);
            FixedBitSet matched = matchedGroups(used);
            if (matched.cardinality() == 0) {
                Query close = queries.build(parsed, true);
                Query closeUsed = PhrasesScoredByWords.of(close);
                FixedBitSet closeMatched = matchedGroups(closeUsed);
                if (closeMatched.cardinality() > 0) {
                    notices.add("No exact match; showing close matches.");
                    shown = close;
                    used = closeUsed;
                    matched = closeMatched;
                }
            }
            int total = matched.cardinality();
            List<SearchResult.Hit> hits = total == 0 ? List.of() : hits(used, shown, Math.max(1, limit), total);
            return new SearchResult(text, total, elapsed(start), hits, facets.count(matched), notices);
        } catch (IOException e) {
            throw new UncheckedIOException("the index could not be read", e);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Which groups match at all: no scoring, for the total and the facet counts. */
    private FixedBitSet matchedGroups(Query query) throws IOException {
        FixedBitSet matched = new FixedBitSet(Math.max(1, groups.count()));
        searcher.search(query, new Collector() {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                SortedDocValues dv = DocValues.getSorted(context.reader(), IndexSchema.GROUP);
                int[] map = groups.ofSegment(context.ord);
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (dv.advanceExact(doc)) {
                            matched.set(map[dv.ordValue()]);
                        }
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return matched;
    }

    /**
     * The best groups, from the best-scoring documents only (Lucene skips the rest of the postings): a group scores
     * as its best document, a slide no paper owns at half.
     */
    private List<SearchResult.Hit> hits(Query query, Query shown, int limit, int matchedGroups) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<Integer, Float> best = new HashMap<>();
        Map<Integer, List<ScoreDoc>> byGroup = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int maxDoc = searcher.getIndexReader().maxDoc();
        int expected = Math.min(limit, matchedGroups);
        // In long: "every result" (a large limit) must not overflow into a small one. Lucene caps it at the index size.
        long wanted = Math.max(TOP_DOCS, (long) limit * DOCS_PER_RESULT);
        while (true) {
            int n = (int) Math.max(1, Math.min(maxDoc, wanted));
            // Counting every hit is matchedGroups' job: this pass may skip what cannot make the top (Lucene counts
            // the first thousand exactly otherwise, scoring phrases in full for each).
            TopDocs docs = searcher.search(query, new org.apache.lucene.search.TopScoreDocCollectorManager(n, null, n));
            best.clear();
            byGroup.clear();
            for (ScoreDoc sd : docs.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                SortedDocValues dv = DocValues.getSorted(leaf.reader(), IndexSchema.GROUP);
                int g = dv.advanceExact(sd.doc - leaf.docBase) ? groups.ofSegment(leaf.ord)[dv.ordValue()] : -1;
                if (g < 0) {
                    continue;
                }
                float score = groups.info(g) != null && !groups.info(g).isPaper() ? sd.score * ORPHAN_WEIGHT : sd.score;
                best.merge(g, score, Math::max);
                List<ScoreDoc> list = byGroup.computeIfAbsent(g, k -> new ArrayList<>());
                if (list.size() < DOCS_PER_HIT) {
                    list.add(sd);
                }
            }
            // A few papers with many matching documents can fill the window (a name matches every slide of its
            // paper): widen it until it holds enough results, or every match.
            if (best.size() >= expected || docs.scoreDocs.length < wanted || wanted >= maxDoc) {
                break;
            }
            wanted *= 4;
        }
        List<Integer> top = new ArrayList<>(best.keySet());
        // Equal scores in id order: documents are written from several threads, so their order in the index (Lucene's
        // own tie-break) differs from one build to the next, and the same search must not.
        top.sort((x, y) -> {
            int byScore = Float.compare(best.get(y), best.get(x));
            return byScore != 0 ? byScore : groups.key(x).compareTo(groups.key(y));
        });
        top = top.subList(0, Math.min(limit, top.size()));

        int[] docIds = top.stream().flatMap(g -> byGroup.get(g).stream()).mapToInt(sd -> sd.doc).sorted().toArray();
        Map<Integer, String[]> snippetsByDoc = highlight(shown, docIds);

        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int g : top) {
            GroupInfoCodec.Info info = groups.info(g);
            Set<SearchResult.SlideRef> slides = new LinkedHashSet<>();
            List<SearchResult.Snippet> fromSlides = new ArrayList<>();
            List<SearchResult.Snippet> fromPaper = new ArrayList<>();
            for (ScoreDoc sd : byGroup.get(g)) {
                Document d = stored.document(sd.doc, Set.of(IndexSchema.NOTE, IndexSchema.SLIDE, IndexSchema.ANNOTATION));
                String note = d.get(IndexSchema.NOTE);
                IndexableField slideField = d.getField(IndexSchema.SLIDE);
                int slide = slideField == null ? 0 : slideField.numericValue().intValue();
                if (note != null && slides.size() < SLIDES_PER_HIT) {
                    slides.add(new SearchResult.SlideRef(note, slide));
                }
                String[] sn = snippetsByDoc.get(sd.doc);
                if (sn == null) {
                    continue;
                }
                if (note != null) {
                    // A slide: its annotations and its text.
                    // A note ✅ or a question ❓: its line in the stored annotations says which.
                    String kind = AnnotationSnippet.kind(d.get(IndexSchema.ANNOTATION), sn[1]);
                    // Shown cut to the words around the matches (a line can be any length), told apart whole.
                    add(fromSlides, new SearchResult.Snippet(note, slide, kind,
                            sn[1] == null ? null : SnippetWindow.cut(AnnotationSnippet.withoutMarks(sn[1]))));
                    add(fromSlides, new SearchResult.Snippet(note, slide, "slide", SnippetWindow.cut(sn[0])));
                } else {
                    // The paper itself: its title, its key points, what a blog post says of it.
                    add(fromPaper, new SearchResult.Snippet(null, 0, "title", SnippetWindow.cut(sn[2])));
                    add(fromPaper, new SearchResult.Snippet(null, 0, "key points", SnippetWindow.cut(sn[0])));
                    add(fromPaper, new SearchResult.Snippet(null, 0, "passage", SnippetWindow.cut(sn[1])));
                }
            }
            List<SearchResult.Snippet> snippets = new ArrayList<>(fromSlides);
            Set<String> seen = new java.util.HashSet<>();
            snippets.forEach(x -> seen.add(x.html()));
            fromPaper.stream().filter(x -> seen.add(x.html())).forEach(snippets::add);
            if (info != null && !info.isPaper() && slides.isEmpty()) {
                slides.add(new SearchResult.SlideRef(info.note(), info.slide()));
            }
            hits.add(new SearchResult.Hit(info == null ? null : info.paperId(),
                    info == null ? groups.key(g) : info.title(),
                    info == null ? groups.key(g) : info.shortName(),
                    Math.round(best.get(g) * 1000.0) / 1000.0,
                    List.copyOf(slides), snippets.subList(0, Math.min(SNIPPETS_PER_HIT, snippets.size()))));
        }
        return hits;
    }

    private static void add(List<SearchResult.Snippet> to, SearchResult.Snippet snippet) {
        if (snippet.html() != null && to.stream().noneMatch(x -> x.html().equals(snippet.html()))) {
            to.add(snippet);
        }
    }

    /** Highlighted text, annotation and title of each document, in that order; null where nothing matched. */
    private Map<Integer, String[]> highlight(Query query, int[] docIds) throws IOException {
        Map<Integer, String[]> out = new HashMap<>();
        if (docIds.length == 0) {
            return out;
        }
        String[] fields = {IndexSchema.TEXT, IndexSchema.ANNOTATION, IndexSchema.TITLE};
        Map<String, String[]> byField = highlighter.highlightFields(fields, query, docIds, new int[]{2, 2, 1});
        for (int i = 0; i < docIds.length; i++) {
            String[] s = new String[3];
            for (int f = 0; f < fields.length; f++) {
                String v = byField.get(fields[f])[i];
                s[f] = v == null || !v.contains("<mark>") ? null : v.strip();
            }
            out.put(docIds[i], s);
        }
        return out;
    }
}
