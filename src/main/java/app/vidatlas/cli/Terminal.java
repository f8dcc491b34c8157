package app.vidatlas.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text from the notes made safe for a terminal: a note (or a file's name) may hold escape sequences that would retitle
 * the window, clear the screen or reorder what is shown. Every command's stdout and stderr go through {@link #writer},
 * so nothing printed can be obeyed; {@link #safe} also keeps a table cell or diagnostic on its one line.
 */
final class Terminal {
    private Terminal() {
    }

    /**
     * One line: tabs and line breaks become spaces, other control characters and bidirectional overrides are
     * written as {@code \\uXXXX} so they are seen, not obeyed.
     */
    static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                b.append(' ');
            } else if (obeyed(cp)) {
                escape(cp, b);
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /**
     * C0 controls (ESC starts every terminal sequence), DEL, C1 controls (CSI U+009B and OSC U+009D start sequences
     * on their own) and the bidirectional embeddings, overrides and isolates, which make a line read otherwise
     * than it is.
     */
    static boolean obeyed(int cp) {
        return Character.isISOControl(cp) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /**
     * {@code \\uXXXX}: visible, and inside a JSON string the very same character, so JSON output stays valid and
     * means what it meant.
     */
    private static void escape(int cp, StringBuilder b) {
        b.append(String.format("\\u%04X", cp));
    }

    /**
     * A writer for a command's output: line breaks and tabs pass (they are the output's layout), a carriage return
     * only as part of a CRLF line end, and every other character {@link #obeyed} is written as {@code \\uXXXX}.
     */
    static PrintWriter writer(PrintWriter out) {
        return new PrintWriter(new Filter(out), true);
    }

    private static final class Filter extends FilterWriter {
        Filter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[]{(char) c}, 0, 1);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            write(s.toCharArray(), off, len);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            StringBuilder b = new StringBuilder(len);
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = cbuf[i];
                // PrintWriter writes a line separator in one call, so a CRLF end is never split across calls.
                boolean layout = c == '\n' || c == '\t' || (c == '\r' && i + 1 < end && cbuf[i + 1] == '\n');
                if (!layout && obeyed(c)) {
                    escape(c, b);
                } else {
                    b.append(c);
                }
            }
            out.write(b.toString());
        }
    }
}
