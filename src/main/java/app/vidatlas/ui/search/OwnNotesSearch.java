package app.vidatlas.ui.search;

import app.vidatlas.model.Paper;
import app.vidatlas.search.SearchResult;
import app.vidatlas.userdata.UserLibrary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Papers whose note (the user's own) holds every word of a query. The user's notes are not in the index (they change
 * with every keystroke of the editor), so they are searched here, plainly: quotes are dropped, and excluded words
 * ({@code -word}), {@code OR} and fields ({@code year:}) are left to the index.
 */
final class OwnNotesSearch {
    private static final int SHOWN = 200;

    private OwnNotesSearch() {
    }

    static List<SearchResult.Hit> hits(String q, UserLibrary mine, Map<String, Paper> byId) {
        List<String> words = Arrays.stream(q.replace("\"", " ").toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank() && !w.contains(":") && !w.startsWith("-") && !w.equals("or")).toList();
        List<SearchResult.Hit> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        mine.notes().forEach((id, text) -> {
            String lower = text.toLowerCase(Locale.ROOT);
            Paper p = byId.get(id);
            if (p != null && words.stream().allMatch(lower::contains)) {
                String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
                out.add(new SearchResult.Hit(id, p.title(), p.shortName(), 0, List.of(),
                        List.of(SearchResult.Snippet.marking(null, 0, "my note", shown, words))));
            }
        });
        return out;
    }
}
