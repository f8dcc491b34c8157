package app.vidatlas.search;

/**
 * Full-text search over a catalog. Lifecycle: obtained from {@link SearchIndex#open}, safe to call from any
 * thread, valid until the index is closed.
 */
public interface SearchService {
    /**
     * Runs a query. Never throws for a malformed query: it is read as plain words, with a notice.
     *
     * @param query free text with optional {@code "phrases"}, {@code AND}, {@code OR}, {@code -term} and fields
     *              ({@code title:}, {@code author:}, {@code venue:}, {@code year:2023}, {@code year:2022..2023},
     *              {@code cat:}, {@code tag:})
     * @param limit how many results at most
     */
    SearchResult search(String query, int limit);
}
