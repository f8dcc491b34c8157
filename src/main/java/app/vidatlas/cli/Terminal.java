package app.vidatlas.cli;

/** Text from the notes made safe for a terminal: a note may hold escape sequences that would move or recolour it. */
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
            } else if (Character.isISOControl(cp) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
