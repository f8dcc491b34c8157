package app.vidatlas.model;

import java.util.Objects;

/**
 * A figure a note shows.
 *
 * @param src     the link exactly as written in the note (for example {@code ../../assets/08-75.png})
 * @param note    id of the note
 * @param slide   the slide it sits on, 0 when unknown
 * @param caption alt text, empty when the note gives none
 */
public record Figure(String src, String note, int slide, String caption) {
    public Figure {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(note, "note");
        caption = caption == null ? "" : caption;
    }
}
