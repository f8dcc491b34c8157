package app.vidatlas.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Searches one open index. Results are grouped: first every matching document gives its score to its group (a
 * paper, or a slide no paper owns), then the best groups' best documents are fetched and highlighted.
 */
final class LuceneSearcher implements SearchService {
    /** A slide no paper owns counts for less than a paper: the app is about papers. */
    private static final float ORPHAN_WEIGHT = 0.5f;
    private static final int SLIDES_PER_HIT = 3;
    private static final int SNIPPETS_PER_HIT = 3;
    private static final int DOCS_PER_HIT = 4;

    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final QueryFactory queries;
    private final String[] groupKeys;
    private final GroupInfo[] groups;
    private final int[][] segmentOrdToGroup;

    /** What a result shows and counts in facets, read once when the index opens. */
    private record GroupInfo(String id, String shortName, String title, Integer year, String venue,
                             List<String> categories, String note, int slide) {
        boolean isPaper() {
            return id != null;
        }
    }

    LuceneSearcher(DirectoryReader reader) throws IOException {
        this.searcher = new IndexSearcher(reader);
        this.queryAnalyzer = IndexSchema.queryAnalyzer();
        Map<String, Integer> index = new LinkedHashMap<>();
        this.segmentOrdToGroup = new int[reader.leaves().size()][];
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues dv = DocValues.getSorted(leaf.reader(), IndexSchema.GROUP);
            int[] map = new int[dv.getValueCount()];
            for (int ord = 0; ord < map.length; ord++) {
                String key = dv.lookupOrd(ord).utf8ToString();
                map[ord] = index.computeIfAbsent(key, k -> index.size());
            }
            segmentOrdToGroup[leaf.ord] = map;
        }
        this.groupKeys = index.keySet().toArray(new String[0]);
        this.groups = new GroupInfo[groupKeys.length];
        QueryFactory.NameDirectory names = new QueryFactory.NameDirectory();
        readGroups(IndexSchema.TYPE_PAPER, index, names);
        readGroups(IndexSchema.TYPE_ORPHAN, index, names);
        this.queries = new QueryFactory(queryAnalyzer, names);
    }

    private void readGroups(String type, Map<String, Integer> index, QueryFactory.NameDirectory names)
            throws IOException {
        TopDocs docs = searcher.search(new TermQuery(new Term(IndexSchema.TYPE, type)), Math.max(1, searcher.getIndexReader().maxDoc()));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : docs.scoreDocs) {
            Document d = stored.document(sd.doc);
            Integer g = index.get(d.get(IndexSchema.GROUP));
            if (g == null) {
                continue;
            }
            if (IndexSchema.TYPE_PAPER.equals(type)) {
                IndexableField year = d.getField(IndexSchema.YEAR);
                String id = d.get(IndexSchema.PAPER_ID);
                groups[g] = new GroupInfo(id, d.get(IndexSchema.SHORT_NAME), d.get(IndexSchema.STORED_TITLE),
                        year == null ? null : year.numericValue().intValue(), d.get(IndexSchema.STORED_VENUE),
                        Arrays.asList(d.getValues(IndexSchema.STORED_CATEGORY)), null, 0);
                for (String name : d.getValues(IndexSchema.STORED_NAMES)) {
                    names.add(name, id);
                }
            } else {
                int slide = d.getField(IndexSchema.SLIDE).numericValue().intValue();
                String title = d.get(IndexSchema.NOTE_TITLE);
                groups[g] = new GroupInfo(null, slide > 0 ? "P" + slide : title, title, null, null, List.of(),
                        d.get(IndexSchema.NOTE), slide);
            }
        }
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
            Query exact = queries.build(parsed, false);
            float[] scores = collect(exact);
            int matched = count(scores);
            Query used = exact;
            if (matched == 0) {
                Query fuzzy = queries.build(parsed, true);
                float[] close = collect(fuzzy);
                if (count(close) > matched) {
                    for (int g = 0; g < close.length; g++) {
                        // Exact matches stay first; close ones follow.
                        scores[g] = scores[g] > 0 ? scores[g] + 1000f : close[g];
                    }
                    notices.add("No exact match; showing close matches.");
                    used = fuzzy;
                    matched = count(scores);
                }
            }
            List<Integer> top = top(scores, limit);
            List<SearchResult.Hit> hits = hits(used, top, scores);
            return new SearchResult(text, matched, elapsed(start), hits, facets(scores), notices);
        } catch (IOException e) {
            throw new UncheckedIOException("the index could not be read", e);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Every matching document's score goes to its group; a group scores as its best document. */
    private float[] collect(Query query) throws IOException {
        float[] best = new float[groupKeys.length];
        searcher.search(query, new Collector() {
            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                SortedDocValues dv = DocValues.getSorted(context.reader(), IndexSchema.GROUP);
                int[] map = segmentOrdToGroup[context.ord];
                return new LeafCollector() {
                    private Scorable scorer;

                    @Override
                    public void setScorer(Scorable scorer) {
                        this.scorer = scorer;
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (dv.advanceExact(doc)) {
                            int g = map[dv.ordValue()];
                            float s = scorer.score();
                            if (groups[g] != null && !groups[g].isPaper()) {
                                s *= ORPHAN_WEIGHT;
                            }
                            if (s > best[g]) {
                                best[g] = s;
                            }
                        }
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        return best;
    }

    private static int count(float[] scores) {
        int n = 0;
        for (float s : scores) {
            if (s > 0) {
                n++;
            }
        }
        return n;
    }

    private static List<Integer> top(float[] scores, int limit) {
        List<Integer> matched = new ArrayList<>();
        for (int g = 0; g < scores.length; g++) {
            if (scores[g] > 0) {
                matched.add(g);
            }
        }
        matched.sort((a, b) -> Float.compare(scores[b], scores[a]));
        return matched.subList(0, Math.min(Math.max(0, limit), matched.size()));
    }

    private List<SearchResult.Hit> hits(Query query, List<Integer> top, float[] scores) throws IOException {
        if (top.isEmpty()) {
            return List.of();
        }
        // The best documents of the chosen groups only.
        List<BytesRef> keys = top.stream().map(g -> new BytesRef(groupKeys[g])).toList();
        Query within = new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermInSetQuery(IndexSchema.GROUP, keys), Occur.FILTER)
                .build();
        TopDocs docs = searcher.search(within, top.size() * 8 + 16);
        StoredFields stored = searcher.storedFields();
        Map<Integer, List<ScoreDoc>> byGroup = new HashMap<>();
        Map<String, Integer> keyToGroup = new HashMap<>();
        top.forEach(g -> keyToGroup.put(groupKeys[g], g));
        for (ScoreDoc sd : docs.scoreDocs) {
            Integer g = keyToGroup.get(stored.document(sd.doc, Set.of(IndexSchema.GROUP)).get(IndexSchema.GROUP));
            if (g != null) {
                List<ScoreDoc> list = byGroup.computeIfAbsent(g, k -> new ArrayList<>());
                if (list.size() < DOCS_PER_HIT) {
                    list.add(sd);
                }
            }
        }
        int[] docIds = byGroup.values().stream().flatMap(List::stream).mapToInt(sd -> sd.doc).sorted().toArray();
        Map<Integer, String[]> snippetsByDoc = highlight(query, docIds);

        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int g : top) {
            GroupInfo info = groups[g];
            Set<SearchResult.SlideRef> slides = new LinkedHashSet<>();
            List<SearchResult.Snippet> fromSlides = new ArrayList<>();
            List<SearchResult.Snippet> fromPaper = new ArrayList<>();
            for (ScoreDoc sd : byGroup.getOrDefault(g, List.of())) {
                Document d = stored.document(sd.doc, Set.of(IndexSchema.NOTE, IndexSchema.SLIDE));
                String note = d.get(IndexSchema.NOTE);
                IndexableField slideField = d.getField(IndexSchema.SLIDE);
                int slide = slideField == null ? 0 : slideField.numericValue().intValue();
                if (note != null && slides.size() < SLIDES_PER_HIT) {
                    slides.add(new SearchResult.SlideRef(note, slide));
                }
                String[] s = snippetsByDoc.get(sd.doc);
                if (s == null) {
                    continue;
                }
                if (note != null) {
                    // A slide: its annotations and its text.
                    add(fromSlides, new SearchResult.Snippet(note, slide, "annotation", s[1]));
                    add(fromSlides, new SearchResult.Snippet(note, slide, "slide", s[0]));
                } else {
                    // The paper itself: its title, its key points, what a blog post says of it.
                    add(fromPaper, new SearchResult.Snippet(null, 0, "title", s[2]));
                    add(fromPaper, new SearchResult.Snippet(null, 0, "key points", s[0]));
                    add(fromPaper, new SearchResult.Snippet(null, 0, "passage", s[1]));
                }
            }
            List<SearchResult.Snippet> snippets = new ArrayList<>(fromSlides);
            Set<String> seen = new java.util.HashSet<>();
            snippets.forEach(x -> seen.add(x.html()));
            fromPaper.stream().filter(x -> seen.add(x.html())).forEach(snippets::add);
            hits.add(new SearchResult.Hit(info == null ? null : info.id,
                    info == null ? groupKeys[g] : info.title,
                    info == null ? groupKeys[g] : info.shortName,
                    Math.round(scores[g] * 1000.0) / 1000.0,
                    List.copyOf(slides), snippets.subList(0, Math.min(SNIPPETS_PER_HIT, snippets.size()))));
            if (info != null && !info.isPaper() && slides.isEmpty()) {
                hits.set(hits.size() - 1, new SearchResult.Hit(null, info.title, info.shortName,
                        hits.get(hits.size() - 1).score(), List.of(new SearchResult.SlideRef(info.note, info.slide)),
                        hits.get(hits.size() - 1).snippets()));
            }
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
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, IndexSchema.indexAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(0)
                .build();
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

    /** Counts over every matching paper: categories (and their parents), years and venues. */
    private Map<String, Map<String, Integer>> facets(float[] scores) {
        Map<String, Integer> category = new TreeMap<>();
        Map<String, Integer> year = new TreeMap<>();
        Map<String, Integer> venue = new TreeMap<>();
        for (int g = 0; g < scores.length; g++) {
            GroupInfo info = groups[g];
            if (scores[g] <= 0 || info == null || !info.isPaper()) {
                continue;
            }
            Set<String> paths = new LinkedHashSet<>();
            for (String c : info.categories) {
                String[] parts = c.split(" / ");
                for (int i = 1; i <= parts.length; i++) {
                    paths.add(String.join(" / ", Arrays.copyOf(parts, i)));
                }
            }
            paths.forEach(p -> category.merge(p, 1, Integer::sum));
            if (info.year != null) {
                year.merge(info.year.toString(), 1, Integer::sum);
            }
            if (info.venue != null) {
                venue.merge(info.venue, 1, Integer::sum);
            }
        }
        return Map.of("category", category, "year", year, "venue", venue);
    }
}
