package app.vidatlas.export;

import java.util.regex.Pattern;

/**
 * Text from the notes written into Markdown. Markdown passes raw HTML through, so a heading holding
 * {@code <img src=x onerror=…>} would run in whatever viewer opens the export; written as {@code &lt;img …} it is
 * shown, not obeyed. {@code &lt;} works in every Markdown dialect (a backslash before {@code <} does not). Link and
 * image syntax ({@code ![](https://tracker/p.png)} would have the viewer load a remote image) and code spans are
 * escaped with CommonMark's backslash escapes, and a line break becomes a space, so a value cannot start a heading or
 * a list item of its own.
 */
public final class MarkdownText {
    /** An {@code &} that a viewer would read as the start of an entity ({@code &lt;}, {@code &#60;}). */
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    private MarkdownText() {
    }

    /**
     * Inline text, on one line: {@code <} is escaped, and so is an {@code &} that would start an entity (so
     * {@code &lt;} in a title is shown as written rather than turned into {@code <}); a bare {@code R&D} is left
     * readable. A backslash, {@code [}, {@code ]}, a {@code !} before {@code [}, and a backtick get a backslash in
     * front; line breaks become spaces.
     */
    public static String text(String s) {
        return inline(s);
    }

    /** A table cell: {@link #text}, its pipes escaped so they do not split it. */
    public static String cell(String s) {
        // text() escapes backslashes and makes it one line; the pipe after it, so its backslash is not doubled.
        return inline(s).replace("|", "\\|");
    }

    private static String inline(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '[', ']', '`' -> b.append('\\').append(c);
                case '!' -> b.append(i + 1 < s.length() && s.charAt(i + 1) == '[' ? "\\!" : "!");
                case '\r' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    b.append(' ');
                }
                case '\n', '\u2028', '\u2029', '\u0085' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return ENTITY.matcher(b).replaceAll("&amp;").replace("<", "&lt;");
    }

    /**
     * A link or image target, percent-encoded where it could end the target early ({@code ) } and spaces) or open
     * HTML ({@code < >}); what remains is still the same address.
     */
    public static String target(String url) {
        StringBuilder b = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            switch (c) {
                case ' ' -> b.append("%20");
                case '<' -> b.append("%3C");
                case '>' -> b.append("%3E");
                case '(' -> b.append("%28");
                case ')' -> b.append("%29");
                case '"' -> b.append("%22");
                case '\n', '\r', '\t' -> b.append("%20");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
