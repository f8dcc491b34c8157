package app.vidatlas.model;

import java.util.Objects;

/**
 * Where a value was read: the note, the slide (0 for a note without slides) and the sentence that says it, so that
 * every value shown can be checked against the notes in one click.
 */
public record Evidence(String note, int slide, String sentence) {
    public Evidence {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(sentence, "sentence");
    }
}
