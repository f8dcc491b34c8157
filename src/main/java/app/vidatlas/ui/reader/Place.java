package app.vidatlas.ui.reader;

import java.util.List;

/** Somewhere the reader can be: the start page, a paper (at a slide, with words to highlight), a whole note. */
public sealed interface Place {
    record Home() implements Place {
    }

    record PaperAt(String id, String note, int slide, List<String> terms) implements Place {
        public PaperAt {
            terms = List.copyOf(terms);
        }

        public PaperAt(String id) {
            this(id, null, 0, List.of());
        }
    }

    record NoteAt(String note, int slide, List<String> terms) implements Place {
        public NoteAt {
            terms = terms == null ? List.of() : List.copyOf(terms);
        }

        /** A note at a slide, nothing marked. */
        public NoteAt(String note, int slide) {
            this(note, slide, List.of());
        }
    }

    /** The lineage graph or the timeline, narrowed as the view says. */
    record History(app.vidatlas.pages.HistoryView view) implements Place {
    }

    /** The comparison (its papers are the comparison list of the moment). */
    record Compare() implements Place {
    }
}
