package app.vidatlas.model;

import java.util.Objects;

/**
 * The part of a shared slide that is about one paper: its row in a "More Works" or paper table, or the citation
 * line that refers to it. A paper that has a section of its own owns its slides whole and has no excerpts there.
 *
 * @param note  id of the note
 * @param slide the slide, 0 when the note has no marker there
 * @param text  the text about the paper
 */
public record Excerpt(String note, int slide, String text) {
    public Excerpt {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(text, "text");
    }
}
