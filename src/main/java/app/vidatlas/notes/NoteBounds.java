package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds a note's markdown before CommonMark sees it, so that no note can take unbounded time, memory or stack:
 * CommonMark's parser and renderer recurse once per nesting level (a thousand {@code - } on a line overflowed the
 * stack), and its inline parser is superlinear in unclosed brackets and emphasis delimiters (an 8 MB line of
 * {@code [} took 30 s and 6 GB). Nothing is dropped but the tail of an absurdly long line: markers past the limits
 * are escaped, so they stay on the page and in search as the characters they are, and each cut is reported with
 * its line.
 */
final class NoteBounds {
    /** Far longer than any line of the notes book (1,476 characters); what is past it on a line is not read. */
    static final int MAX_LINE = 100_000;
    /** Container markers ({@code >}, {@code -}, {@code 1.}) read as such on one line; the rest are text. */
    static final int MAX_DEPTH = 16;
    /** Leading indentation, in columns, that may still nest (four per level). */
    static final int MAX_INDENT = 4 * MAX_DEPTH;
    /** Unclosed {@code [} in one paragraph. */
    static final int MAX_OPEN_BRACKETS = 32;
    /** Emphasis delimiters ({@code *}, {@code _}) in one paragraph. */
    static final int MAX_DELIMITERS = 2_000;
    /**
     * Rows of one table (the notes book's longest has about 100). CommonMark parses every cell with a fresh inline
     * parser, about 20 µs each: 200,000 rows took 15 s. Later rows are read as text.
     */
    static final int MAX_TABLE_ROWS = 2_000;

    private static final java.util.regex.Pattern DELIMITER_ROW =
            java.util.regex.Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

    /** The bounded text, and what was cut where. */
    record Bounded(String text, List<Diagnostic> diagnostics) {
    }

    private NoteBounds() {
    }

    static Bounded bound(String noteId, String markdown) {
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        List<Diagnostic> cuts = new ArrayList<>();
        int[] firstLine = new int[5];
        int tableRows = -1;
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        int openBrackets = 0;
        int delimiters = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() > MAX_LINE) {
                cuts.add(Diagnostic.warning(noteId, i + 1, "a line of " + line.length() + " characters; only its first "
                        + MAX_LINE + " are read"));
                line = line.substring(0, MAX_LINE);
            }
            if (line.isBlank()) {
                openBrackets = 0;
                delimiters = 0;
                tableRows = -1;
            } else if (tableRows >= 0 && ++tableRows > MAX_TABLE_ROWS) {
                // Only another block ends a table: this row, indented, is a line of code, and the rows after it are a
                // paragraph's lines (inline parsing is linear there). Their text is all kept.
                mark(firstLine, 4, i);
                line = "    " + line;
                tableRows = -1;
            } else if (tableRows < 0 && i > 0 && lines[i - 1].strip().startsWith("|") && line.contains("-")
                    && DELIMITER_ROW.matcher(line).matches()) {
                tableRows = 0;
            }
            StringBuilder b = new StringBuilder(line.length() + 8);
            int at = containers(line, b, i, firstLine);
            for (int k = at; k < line.length(); k++) {
                char c = line.charAt(k);
                if (c == '\\' && k + 1 < line.length()) {
                    b.append(c).append(line.charAt(++k));
                    continue;
                }
                if (c == '[') {
                    if (openBrackets >= MAX_OPEN_BRACKETS) {
                        mark(firstLine, 2, i);
                        b.append('\\');
                    } else {
                        openBrackets++;
                    }
                } else if (c == ']' && openBrackets > 0) {
                    openBrackets--;
                } else if (c == '*' || c == '_') {
                    if (++delimiters > MAX_DELIMITERS) {
                        mark(firstLine, 3, i);
                        b.append('\\');
                    }
                }
                b.append(c);
            }
            out.append(b);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        report(noteId, firstLine, cuts);
        return new Bounded(out.toString(), cuts);
    }

    /**
     * Copies the line's indentation and container markers up to the limits; past them the indentation is cut and
     * the markers are escaped. Returns where the rest of the line starts.
     */
    private static int containers(String line, StringBuilder b, int lineIndex, int[] firstLine) {
        int k = 0;
        int columns = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
            columns += line.charAt(k) == '\t' ? 4 : 1;
            if (columns <= MAX_INDENT) {
                b.append(line.charAt(k));
            } else {
                mark(firstLine, 1, lineIndex);
            }
            k++;
        }
        int depth = 0;
        while (k < line.length()) {
            int end = marker(line, k);
            if (end < 0) {
                break;
            }
            if (++depth > MAX_DEPTH) {
                mark(firstLine, 0, lineIndex);
                b.append('\\');
            }
            b.append(line, k, end);
            k = end;
        }
        return k;
    }

    /** The end of a container marker at {@code k} ({@code > }, {@code - }, {@code 12. }) with its spaces, or -1. */
    private static int marker(String line, int k) {
        char c = line.charAt(k);
        int end;
        if (c == '>') {
            end = k + 1;
        } else if ((c == '-' || c == '*' || c == '+') && k + 1 < line.length() && line.charAt(k + 1) == ' ') {
            end = k + 1;
        } else if (Character.isDigit(c)) {
            int d = k;
            while (d < line.length() && d - k < 9 && Character.isDigit(line.charAt(d))) {
                d++;
            }
            if (d >= line.length() || (line.charAt(d) != '.' && line.charAt(d) != ')')
                    || d + 1 < line.length() && line.charAt(d + 1) != ' ') {
                return -1;
            }
            end = d + 1;
        } else {
            return -1;
        }
        while (end < line.length() && line.charAt(end) == ' ' && end - k < 6) {
            end++;
        }
        return end;
    }

    private static void mark(int[] firstLine, int kind, int lineIndex) {
        if (firstLine[kind] == 0) {
            firstLine[kind] = lineIndex + 1;
        }
    }

    private static void report(String noteId, int[] firstLine, List<Diagnostic> cuts) {
        String[] what = {
                "nested more than " + MAX_DEPTH + " levels deep (quotes or lists inside each other); the deeper markers "
                        + "are kept as text",
                "indented more than " + MAX_INDENT + " columns; the extra indentation is not read",
                "more than " + MAX_OPEN_BRACKETS + " unclosed [ in one paragraph; the others are kept as text",
                "more than " + MAX_DELIMITERS + " * or _ in one paragraph; the others are kept as text",
                "a table of more than " + MAX_TABLE_ROWS + " rows; the rows after it are kept as text"};
        for (int kind = 0; kind < what.length; kind++) {
            if (firstLine[kind] > 0) {
                cuts.add(Diagnostic.warning(noteId, firstLine[kind], what[kind]));
            }
        }
    }
}
