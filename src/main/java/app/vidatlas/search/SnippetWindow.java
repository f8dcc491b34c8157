package app.vidatlas.search;

/**
 * A highlighted passage cut to the text around its marks. Passages are whole lines of a note (the highlighter breaks
 * at line ends), and a line can be any length: a table row, a pasted abstract, or 10 KB of nested quote markers. The
 * words matched and {@link #CONTEXT} characters either side of them stay; stretches longer by more than
 * {@link #SLACK} between, before and after become "…", and a snippet shows at most {@link #MAX_TEXT} characters of
 * text. Works on the highlighter's HTML
 * ({@code <mark>} tags, text escaped): never cuts a tag, an entity or a surrogate pair, and prefers a space to cut at.
 */
final class SnippetWindow {
    /** Characters kept on each side of a mark. A line of ordinary prose (up to about two sentences) stays whole. */
    static final int CONTEXT = 160;
    /** How much longer than {@link #CONTEXT} a stretch may be and still be shown whole: a cut must be worth it. */
    static final int SLACK = 100;
    /** Characters of text (marks included) a snippet shows at most. */
    static final int MAX_TEXT = 1_000;
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";
    private static final String CUT = "…";

    private SnippetWindow() {
    }

    /** {@code html} cut around its marks; null stays null. */
    static String cut(String html) {
        if (html == null || html.length() <= 2 * CONTEXT + SLACK) {
            return html;
        }
        StringBuilder out = new StringBuilder(Math.min(html.length(), 2 * MAX_TEXT));
        int shown = 0;
        int at = 0;
        boolean first = true;
        while (at < html.length() && shown < MAX_TEXT) {
            int open = html.indexOf(OPEN, at);
            String text = html.substring(at, open < 0 ? html.length() : open);
            String kept = open < 0 ? head(text, CONTEXT) : first ? tail(text, CONTEXT) : middle(text);
            kept = head(kept, MAX_TEXT - shown);
            out.append(kept);
            shown += kept.length();
            if (open < 0) {
                break;
            }
            int close = html.indexOf(CLOSE, open);
            int end = close < 0 ? html.length() : close + CLOSE.length();
            String marked = html.substring(open, end);
            out.append(marked);
            shown += marked.length() - OPEN.length() - CLOSE.length();
            at = end;
            first = false;
        }
        if (shown >= MAX_TEXT && at < html.length() && !out.toString().endsWith(CUT)) {
            out.append(CUT);
        }
        return out.toString();
    }

    /** The text before the first mark: its last characters. */
    private static String tail(String text, int keep) {
        if (text.length() <= keep + SLACK) {
            return text;
        }
        int from = safeCut(text, text.length() - keep, true);
        return CUT + text.substring(from);
    }

    /** Text after a mark: its first characters. */
    private static String head(String text, int keep) {
        if (text.length() <= keep + SLACK) {
            return text;
        }
        int to = safeCut(text, Math.max(0, keep), false);
        return text.substring(0, to) + CUT;
    }

    /** Text between two marks: its two ends. */
    private static String middle(String text) {
        if (text.length() <= 2 * CONTEXT + SLACK) {
            return text;
        }
        int to = safeCut(text, CONTEXT, false);
        int from = safeCut(text, text.length() - CONTEXT, true);
        return text.substring(0, to) + " " + CUT + " " + text.substring(from);
    }

    /**
     * A cut near {@code at} that splits no entity ({@code &amp;}) and no surrogate pair, moved to a space within 20
     * characters when there is one ({@code forward}: the cut starts the kept text; else it ends it).
     */
    private static int safeCut(String text, int at, boolean forward) {
        int cut = Math.max(0, Math.min(text.length(), at));
        for (int i = 0; i < 20; i++) {
            int probe = forward ? cut + i : cut - i;
            if (probe > 0 && probe < text.length() && text.charAt(probe) == ' ') {
                cut = forward ? probe + 1 : probe;
                break;
            }
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && cut - amp <= 10 && text.indexOf(';', amp) >= cut) {
            cut = forward ? Math.min(text.length(), text.indexOf(';', amp) + 1) : amp;
        }
        if (cut > 0 && cut < text.length() && Character.isLowSurrogate(text.charAt(cut))) {
            cut = forward ? cut + 1 : cut - 1;
        }
        return cut;
    }
}
