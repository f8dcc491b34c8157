package app.vidatlas.search;

import java.util.List;

/**
 * The searcher {@link SearchIndex#searcher()} hands out: it asks the index as it is now, and when a search fails
 * because the index is damaged (damage that opening could not see, or that happened since), has it rebuilt once and
 * asks again, so that a damaged index costs one slow search rather than failing every one.
 */
final class RecoveringSearcher implements SearchService {
    /** The searcher to ask again, and what to tell the user (empty when another search had it rebuilt). */
    record Recovery(LuceneSearcher searcher, List<String> notices) {
    }

    private final SearchIndex index;

    RecoveringSearcher(SearchIndex index) {
        this.index = index;
    }

    @Override
    public SearchResult search(String query, int limit) {
        SearchIndex.State used = index.state();
        try {
            return used.searcher().search(query, limit);
        } catch (RuntimeException e) {
            // Throws e itself when the index is not at fault, or was rebuilt once already.
            Recovery r = index.rebuilt(used, e);
            SearchResult again = r.searcher().search(query, limit);
            return r.notices().isEmpty() ? again : again.withNotices(r.notices());
        }
    }
}
