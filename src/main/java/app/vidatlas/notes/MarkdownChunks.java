package app.vidatlas.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long note is parsed in pieces, and when to stop. CommonMark copies a paragraph's lines so far at every line it adds (a
 * 50,000-line paragraph took 3 s, and the cost grows with the square), so a run of non-blank lines is cut every
 * {@link #MAX_RUN} lines and the pieces parsed one after the other. No note of the notes book comes near it (its
 * longest table has about 100 rows); only the shape of what is cut changes: a paragraph becomes two, a table's
 * rows past the cut are read as text.
 */
public final class MarkdownChunks {
    public static final int MAX_RUN = 2_000;
    /** Characters in a piece: past this a piece ends at the next blank line, past twice this wherever it is. */
    public static final int PIECE_CHARS = 256 * 1024;

    private MarkdownChunks() {
    }

    /** The 0-based line indices where a new piece starts (empty: parse the note whole). */
    public static List<Integer> cuts(String[] lines) {
        List<Integer> cuts = new ArrayList<>();
        int run = 0;
        long chars = 0;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            boolean blank = lines[i].isBlank();
            String opened = fence;
            fence = fence(lines[i], fence);
            // Never inside fenced code: a cut there would read the closing fence as an opening one.
            boolean inFence = opened != null;
            if (i > 0 && !inFence
                    && (chars > 2L * PIECE_CHARS || chars > PIECE_CHARS && blank || !blank && run + 1 > MAX_RUN)) {
                // Big notes are read piece by piece, so that a time budget can be kept between pieces.
                cuts.add(i);
                chars = 0;
                run = 0;
            }
            run = blank ? 0 : run + 1;
            chars += lines[i].length() + 1;
        }
        return cuts;
    }

    /**
     * What parsing one note, or drawing one slide, may take. Past it the rest is shown and searched as plain text:
     * the bounds ({@link NoteBounds}) keep ordinary hostile input far below it, but CommonMark's cost per
     * bracket or table cell still adds up over megabytes.
     */
    public static final long BUDGET_NANOS = 1_500_000_000L;

    /** The fence open after this line: {@code open} closed, a new one opened, or the same state. */
    private static String fence(String line, String open) {
        String t = line.stripLeading();
        if (line.length() - t.length() > 3 || t.length() < 3 || t.charAt(0) != '`' && t.charAt(0) != '~') {
            return open;
        }
        char c = t.charAt(0);
        int n = 0;
        while (n < t.length() && t.charAt(n) == c) {
            n++;
        }
        if (n < 3) {
            return open;
        }
        if (open == null) {
            return String.valueOf(c).repeat(n);
        }
        return open.charAt(0) == c && n >= open.length() && t.substring(n).isBlank() ? null : open;
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
