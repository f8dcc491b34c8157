package app.vidatlas.notes;

/**
 * The wording of what the parser reports about a note's content (not its form): reports and the window's problems
 * list recognise these by their start.
 */
public final class Findings {
    /** A line that reads like a citation, but from which no paper (no title) could be read. */
    public static final String UNREAD_CITATION = "looks like a citation, but no paper was read from it";
    /** A paper table's name cell that is not a title (a person, a number, a section heading). */
    public static final String NOT_A_TITLE = "is not a paper's title; the row is kept as slide text";

    private Findings() {
    }
}
