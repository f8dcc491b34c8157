package app.vidatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a paper is discussed: one note and the slides in it.
 *
 * @param note   id of the note (its path relative to the notes folder, with {@code /})
 * @param slides slide numbers in ascending order; empty for a plain-text note
 */
public record Source(String note, List<Integer> slides) {
    public Source {
        Objects.requireNonNull(note, "note");
        slides = List.copyOf(slides);
    }
}
