package app.vidatlas.notes;

import app.vidatlas.model.Citation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of text as a citation, in every shape the notes use:
 * <ul>
 *   <li>{@code Zhang et al., “Show-1: ...,” arXiv 2023.} (curly or straight quotes, comma inside or outside)</li>
 *   <li>{@code Blattmann et al., “...,” 2023.} (no venue)</li>
 *   <li>{@code Imagen: Saharia et al., “...,” arXiv 2022.} (a name before the authors)</li>
 *   <li>{@code Molad et al, “...,” arXiv 2023} (no full stops)</li>
 * </ul>
 * A citation line is a sentence of its own, so this works on a line of inline text from the markdown tree, not on
 * raw markdown.
 */
public final class CitationParser {
    private static final String SURNAME = "\\p{Lu}[\\p{L}'’\\-]+";
    private static final Pattern AUTHORED = Pattern.compile(
            "^\\s*(?:(?<prefix>[\\p{L}\\d][^:“”\"]{0,40}?):\\s+)?"
                    + "(?<authors>" + SURNAME + "(?:\\s+(?:" + SURNAME + "|and|&))*(?:\\s+et\\.?\\s*al\\.?)?)"
                    + "\\s*[,，]\\s*(?<quoted>[“\"].*)$");
    private static final Pattern QUOTED = Pattern.compile(
            "^\\s*[“\"]\\s*(?<title>[^“”\"]+?)\\s*[,，]?\\s*[”\"]\\s*[,，]?\\s*"
                    + "(?<venue>\\p{L}[\\p{L}\\p{N}&\\-]*(?:\\s+\\p{L}[\\p{L}\\p{N}&\\-]*){0,3})?\\s*[,，]?\\s*"
                    + "(?<year>(?:19|20)\\d{2})?\\s*[.。]?\\s*$");

    private CitationParser() {
    }

    /** A citation with its authors on the line: what a slide's reference line looks like. */
    public static Optional<Citation> parseAuthored(String line) {
        Matcher m = AUTHORED.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return parseQuoted(m.group("quoted"))
                .map(c -> new Citation(trimToNull(m.group("prefix")), m.group("authors").strip(), c.title(),
                        c.venue(), c.year()));
    }

    /**
     * Only the quoted part: {@code “Title,” Venue Year.} as the "More Works" tables write it, the authors being on
     * the line above. A venue or a year must follow the title, or it is just a quotation.
     */
    public static Optional<Citation> parseQuoted(String line) {
        Matcher m = QUOTED.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String venue = trimToNull(m.group("venue"));
        String yearText = m.group("year");
        if (venue == null && yearText == null) {
            return Optional.empty();
        }
        String title = m.group("title").strip();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Citation(null, null, title, venue, yearText == null ? null : Integer.valueOf(yearText)));
    }

    private static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
