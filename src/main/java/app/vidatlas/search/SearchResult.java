package app.vidatlas.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer to a query: papers best first, each with its best slides and highlighted snippets, and facet counts.
 *
 * @param query   the query as typed
 * @param total   how many papers (and unowned slides) match
 * @param tookMs  time taken, in milliseconds
 * @param hits    the best {@code limit} of them
 * @param facets  counts over all matches: {@code category}, {@code year}, {@code venue}
 * @param notices what the user should know about how the query was read ("read as plain words", "close matches")
 */
public record SearchResult(String query, int total, long tookMs, List<Hit> hits,
                           Map<String, Map<String, Integer>> facets, List<String> notices) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        notices = List.copyOf(notices);
    }

    /** The same result, after these notices (what happened to the index to answer it: "rebuilt"). */
    public SearchResult withNotices(List<String> first) {
        List<String> all = new ArrayList<>(first);
        all.addAll(notices);
        return new SearchResult(query, total, tookMs, hits, facets, all);
    }

    /**
     * One result.
     *
     * @param id        the paper's id; null for a slide no paper owns
     * @param title     the paper's title, or the note's title
     * @param shortName the paper's short name, or the slide label
     * @param score     relevance, higher first
     * @param slides    the best slides, best first
     * @param snippets  highlighted passages, best first
     */
    public record Hit(String id, String title, String shortName, double score, List<SlideRef> slides,
                      List<Snippet> snippets) {
        public Hit {
            slides = List.copyOf(slides);
            snippets = List.copyOf(snippets);
        }
    }

    /** A slide of a note. Slide 0 means the note has no slide markers there (a blog post). */
    public record SlideRef(String note, int slide) {
    }

    /**
     * A highlighted passage.
     *
     * @param note  the note it is from
     * @param slide its slide (0: none)
     * @param where {@code slide}, {@code annotation} or {@code title}
     * @param html  the text, HTML-escaped, matched words in {@code <mark>}
     */
    public record Snippet(String note, int slide, String where, String html) {
        private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

        /** A snippet of plain text with every occurrence of the words marked (any case), escaped as the index's are. */
        public static Snippet marking(String note, int slide, String where, String text, List<String> words) {
            boolean[] marked = new boolean[text.length()];
            for (String w : words) {
                for (int i = 0; !w.isEmpty() && i + w.length() <= text.length(); i++) {
                    if (text.regionMatches(true, i, w, 0, w.length())) {
                        Arrays.fill(marked, i, i + w.length(), true);
                    }
                }
            }
            StringBuilder html = new StringBuilder();
            for (int start = 0, end; start < text.length(); start = end) {
                end = start;
                while (end < text.length() && marked[end] == marked[start]) {
                    end++;
                }
                String run = escape(text.substring(start, end));
                html.append(marked[start] ? "<mark>" + run + "</mark>" : run);
            }
            return new Snippet(note, slide, where, html.toString());
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("'", "&#x27;");
        }

        /** The snippet as plain text in order, each part saying whether it is a matched word (for a terminal or a UI). */
        public List<Part> parts() {
            List<Part> parts = new ArrayList<>();
            Matcher m = MARK.matcher(html);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    parts.add(new Part(unescape(html.substring(at, m.start())), false));
                }
                parts.add(new Part(unescape(m.group(1)), true));
                at = m.end();
            }
            if (at < html.length()) {
                parts.add(new Part(unescape(html.substring(at)), false));
            }
            return parts;
        }

        /** Undoes the highlighter's escaping ({@code &amp;} last, so {@code &amp;lt;} stays {@code &lt;}). */
        private static String unescape(String s) {
            return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                    .replace("&#39;", "'").replace("&#x2F;", "/").replace("&#47;", "/").replace("&amp;", "&");
        }
    }

    /** A piece of a snippet's text; {@code marked} when it is a matched word. */
    public record Part(String text, boolean marked) {
    }
}
