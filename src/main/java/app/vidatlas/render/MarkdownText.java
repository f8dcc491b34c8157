package app.vidatlas.render;

import java.util.regex.Pattern;

/**
 * Text from the notes written into Markdown. Markdown passes raw HTML through, so a heading holding
 * {@code <img src=x onerror=…>} would run in whatever viewer opens the export; written as {@code &lt;img …} it is
 * shown, not obeyed. {@code &lt;} works in every Markdown dialect (a backslash before {@code <} does not).
 */
public final class MarkdownText {
    /** An {@code &} that a viewer would read as the start of an entity ({@code &lt;}, {@code &#60;}). */
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

    private MarkdownText() {
    }

    /**
     * Inline text: {@code <} is escaped, and so is an {@code &} that would start an entity (so {@code &lt;} in a
     * title is shown as written rather than turned into {@code <}); a bare {@code R&D} is left readable.
     */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        return ENTITY.matcher(s).replaceAll("&amp;").replace("<", "&lt;");
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
