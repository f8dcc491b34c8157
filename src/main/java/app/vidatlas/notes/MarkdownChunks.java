package app.vidatlas.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long note is parsed in pieces. CommonMark copies a paragraph's lines so far at every line it adds (a
 * 50,000-line paragraph took 3 s, and the cost grows with the square), so a run of non-blank lines is cut every
 * {@link #MAX_RUN} lines and the pieces parsed one after the other. No note of the notes book comes near it (its
 * longest table has about 100 rows); only the shape of what is cut changes: a paragraph becomes two, a table's
 * rows past the cut are read as text.
 */
public final class MarkdownChunks {
    public static final int MAX_RUN = 2_000;

    private MarkdownChunks() {
    }

    /** The 0-based line indices where a new piece starts (empty: parse the note whole). */
    public static List<Integer> cuts(String[] lines) {
        List<Integer> cuts = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                run = 0;
            } else if (++run > MAX_RUN) {
                cuts.add(i);
                run = 1;
            }
        }
        return cuts;
    }

    /** The markdown as pieces to parse one by one (one piece when the note needs no cut). */
    public static List<String> pieces(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<Integer> cuts = cuts(lines);
        if (cuts.isEmpty()) {
            return List.of(markdown);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            out.add(String.join("\n", java.util.Arrays.copyOfRange(lines, from, cut)));
            from = cut;
        }
        out.add(String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length)));
        return out;
    }
}
