package app.vidatlas.model;

import java.util.Objects;

/**
 * One annotation from a note.
 *
 * @param kind  note, question or plain-text passage
 * @param text  the annotation text, HTML entities decoded, without the leading ✅/❓ glyph
 * @param note  id of the note it comes from
 * @param slide the slide it sits on, 0 when the note has no slide markers there
 * @param line  1-based line in the note where it starts
 */
public record Annotation(AnnotationKind kind, String text, String note, int slide, int line) {
    public Annotation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(note, "note");
    }
}
