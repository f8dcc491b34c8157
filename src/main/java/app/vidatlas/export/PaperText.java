package app.vidatlas.export;

import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Slide;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A paper's metadata as the words every export writes, so that a list, a comparison and a paper's Markdown say the
 * same thing the same way. Values are as the notes give them: escaping is the format's business.
 */
public final class PaperText {
    private PaperText() {
    }

    /** Its categories on one line ({@code A / B; C}); empty when it has none. */
    public static String categories(Paper p) {
        return p.categories().stream().map(CategoryPath::toString).collect(Collectors.joining("; "));
    }

    /** Its year, or an empty string when not known. */
    public static String year(Paper p) {
        return p.year() == null ? "" : p.year().toString();
    }

    /** Where in the notes something is: {@code ch1.md P3}, or the note alone for text before its first slide. */
    public static String place(String note, int slide) {
        return Slide.place(note, slide);
    }
}
