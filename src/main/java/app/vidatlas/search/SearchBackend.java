package app.vidatlas.search;

/**
 * Full-text search over one library: query in, ranked hits out. Every ranking knob lives behind it (in
 * {@link LuceneSearcher} and its query building). Safe to call from any thread; valid until its index is closed.
 * The library's is a {@link RecoveringSearcher}.
 */
public interface SearchBackend {
    /**
     * Runs a query. Never throws for a malformed query: it is read as plain words, with a notice.
     *
     * @param query free text with optional {@code "phrases"}, {@code AND}, {@code OR}, {@code -term} and fields
     *              ({@code title:}, {@code author:}, {@code venue:}, {@code year:2023}, {@code year:2022..2023},
     *              {@code cat:}, {@code tag:})
     * @param limit how many results at most
     */
    SearchResult search(String query, int limit);

    /** Prepares what the first search needs, so that it is not slower than the next ones. */
    default void warmUp() {
    }
}
