package app.vidatlas.model;

/** How a note is written. */
public enum NoteFormat {
    /** Slide notes in markdown ({@code .md}, {@code .markdown}). */
    MARKDOWN,
    /** Plain text, such as a blog post ({@code .txt}). */
    PLAIN_TEXT
}
