package app.vidatlas.ui.search;

import app.vidatlas.search.SearchResult;
import app.vidatlas.ui.reader.Place;

import java.util.ArrayList;
import java.util.List;

/** Where a search hit opens: its paper at its best slide with the matched words marked, or the note's slide. */
final class HitPlace {
    private HitPlace() {
    }

    /** The place, or null for a hit with nowhere to go. */
    static Place of(SearchResult.Hit hit) {
        List<String> terms = new ArrayList<>();
        for (SearchResult.Snippet s : hit.snippets()) {
            for (SearchResult.Part p : s.parts()) {
                String t = p.text().strip();
                if (p.marked() && !t.isEmpty() && terms.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
                    terms.add(t);
                }
            }
        }
        SearchResult.SlideRef best = hit.slides().isEmpty() ? null : hit.slides().get(0);
        if (hit.id() != null) {
            return new Place.PaperAt(hit.id(), best == null ? null : best.note(), best == null ? 0 : best.slide(), terms);
        }
        return best == null ? null : new Place.NoteAt(best.note(), best.slide(), terms);
    }
}
