package app.vidatlas.search;

import app.vidatlas.index.NotesIndex;

import java.util.List;

/**
 * Searches an index as it is now, and when a search fails because the index is damaged (damage that opening could
 * not see, or that happened since), has it rebuilt once and asks again: a damaged index costs one slow search
 * rather than failing every one. Once only: a second failure would not be the old files', and at 100k papers a
 * rebuild takes a minute.
 */
public final class RecoveringSearcher implements SearchBackend {
    /** The searcher over one state of the index. */
    private record Current(NotesIndex.State state, LuceneSearcher searcher) {
    }

    private final NotesIndex index;
    private volatile Current current;
    private boolean rebuilt;

    public RecoveringSearcher(NotesIndex index) {
        this.index = index;
        NotesIndex.State s = index.state();
        this.current = new Current(s, new LuceneSearcher(s.reader(), s.groups()));
    }

    @Override
    public SearchResult search(String query, int limit) {
        Current used = current;
        try {
            return used.searcher().search(query, limit);
        } catch (RuntimeException e) {
            List<String> told = recover(used, e);
            SearchResult again = current.searcher().search(query, limit);
            return told.isEmpty() ? again : again.withNotices(told);
        }
    }

    @Override
    public void warmUp() {
        current.searcher().warmUp();
    }

    /**
     * Has the index rebuilt when the failed search's state is still the current one and the index is at fault;
     * what the user is told (empty when another search had it rebuilt meanwhile). Throws the search's own exception
     * when the index is not at fault (a mistake of ours, or an index closed by its owner) or was rebuilt once already.
     */
    private synchronized List<String> recover(Current used, RuntimeException e) {
        if (current != used) {
            return List.of();
        }
        if (rebuilt || !NotesIndex.damaged(used.state(), e)) {
            throw e;
        }
        rebuilt = true;
        // The old state stays open until the new one is: should the rebuild fail, later searches still find an
        // open index. A search still reading the old one when it closes meets a closed index, and asks again.
        List<String> told = index.rebuild(e);
        NotesIndex.State s = index.state();
        current = new Current(s, new LuceneSearcher(s.reader(), s.groups()));
        return told;
    }
}
