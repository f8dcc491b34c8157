package app.vidatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * One slide of a note: the text between a slide marker ({@code P75}) and the next one.
 *
 * @param note            id of the note
 * @param number          the slide number, 0 for text before the first marker or in a note without markers
 * @param line            1-based line of the marker (or of the slide's first line)
 * @param headings        the heading path in force where the slide starts, outermost first
 * @param markdownSource  the slide's source text as written, marker removed (rendered later as HTML); kept
 *                        compact, see {@link #markdown()}
 * @param plainText       the slide's plain text (for search); kept compact, see {@link #text()}
 * @param figures         the figures on the slide
 * @param annotations     the annotations on the slide
 */
public record Slide(String note, int number, int line, List<String> headings, CompactText markdownSource,
                    CompactText plainText, List<Figure> figures, List<Annotation> annotations) {
    public Slide {
        Objects.requireNonNull(note, "note");
        headings = List.copyOf(headings);
        markdownSource = Objects.requireNonNullElse(markdownSource, CompactText.EMPTY);
        plainText = Objects.requireNonNullElse(plainText, CompactText.EMPTY);
        figures = List.copyOf(figures);
        annotations = List.copyOf(annotations);
    }

    public Slide(String note, int number, int line, List<String> headings, String markdown, String text,
                 List<Figure> figures, List<Annotation> annotations) {
        this(note, number, line, headings, CompactText.of(markdown), CompactText.of(text), figures, annotations);
    }

    /** The slide's source text as written, marker removed (unpacked on each call: keep it only as long as needed). */
    public String markdown() {
        return markdownSource.toString();
    }

    /** The slide's plain text (unpacked on each call: keep it only as long as needed). */
    public String text() {
        return plainText.toString();
    }

    /** {@code P75}, or an empty string for an unnumbered slide. */
    public String label() {
        return label(number);
    }

    /** How the notes name a slide: {@code P75}; an empty string for 0 (text before the first marker). */
    public static String label(int number) {
        return number > 0 ? "P" + number : "";
    }

    /** Where in the notes something is: {@code ch1.md P3}, or the note alone for text before its first slide. */
    public static String place(String note, int number) {
        return number > 0 ? note + " " + label(number) : note;
    }
}
