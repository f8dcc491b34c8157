package app.vidatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A note file as loaded.
 *
 * @param id      its path relative to the notes folder, with {@code /} (stable across machines)
 * @param title   its first heading, or its first line for plain text
 * @param format  markdown slide notes or plain text
 * @param slides  its slides in order
 * @param siteUrl the site the note says it is published on (its footer), or null
 */
public record Note(String id, String title, NoteFormat format, List<Slide> slides, String siteUrl) {
    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        title = Objects.requireNonNullElse(title, id);
        slides = List.copyOf(slides);
    }
}
