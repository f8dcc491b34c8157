package app.vidatlas.notes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a span of inline text (a line, a cell's line, a list item) as a citation, in any style the notes use; the
 * styles themselves are small classes, tried from the most specific to the loosest. Markers around the span (a
 * 🔎, a bullet, emphasis, {@code <u>}) are taken off first: the inline text has already lost the markup, so only the
 * glyphs remain.
 */
final class CitationRecognizer {
    private static final Pattern LEAD = Pattern.compile("^[\\s\\x{1F50E}\\x{1F50D}•·\\-–*>]+");
    private static final List<CitationStyle> STYLES = List.of(
            new AuthorsThenQuotedTitle(), new QuotedTitleThenAuthors(), new AuthorListThenTitle());
    /** What a line that cites something looks like, whether or not a style could read it. */
    private static final Pattern LOOKS_CITED = Pattern.compile(
            "(?i)\\be[tl]\\.?\\s*al\\b|等人|^\\s*\\[\\d{1,4}]\\s+\\p{Lu}");

    /** No citation is this long (the notes book's longest reference entry has about 500 characters). */
    static final int MAX_SPAN = 2_000;
    /** "As Ho et al. “…” showed": the sentence's first words are not authors. */
    private static final Pattern OPENER = Pattern.compile(
            "^(?:As|In|See|Following|Like|Unlike|From|By|Per|After|Before|Since|With|Compared to|Similar to|"
                    + "Inspired by|Based on|cf\\.)\\s+(?=\\p{Lu}[\\p{L}'’\\-]+\\s+e[tl]\\.?\\s*al)");

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[;；]\\s+");

    private CitationRecognizer() {
    }

    /** The paper a whole span cites, in any of the whole-span styles. */
    static Optional<CitedPaper> whole(String span) {
        if (span.length() > MAX_SPAN) {
            return Optional.empty();
        }
        String s = strip(span);
        s = OPENER.matcher(s).replaceFirst("");
        for (CitationStyle style : STYLES) {
            Optional<CitedPaper> found = style.read(s);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Every paper a span cites: the whole span as one citation, else the bracketed references inside it. */
    static List<CitedPaper> all(String span) {
        if (span.length() > MAX_SPAN) {
            return List.of();
        }
        Optional<CitedPaper> one = whole(span);
        return one.map(List::of).orElseGet(() -> InlineReferences.findAll(span));
    }

    /**
     * The citations of a span that holds several, separated by semicolons ({@code Ho et al., “…,” 2022; Singer et
     * al., “…,” 2023}); fewer than two when it does not.
     */
    static List<CitedPaper> several(String span) {
        String[] parts = SEPARATOR.split(span);
        if (parts.length < 2 || parts.length > 20) {
            return List.of();
        }
        List<CitedPaper> each = new java.util.ArrayList<>();
        for (String part : parts) {
            whole(part).filter(c -> TitleCheck.isTitle(c.title())).ifPresent(each::add);
        }
        return each;
    }

    /** Whether a span looks like it cites something: said when no paper could be read from it. */
    static boolean looksCited(String span) {
        return LOOKS_CITED.matcher(span).find();
    }

    static String strip(String span) {
        return LEAD.matcher(span).replaceFirst("");
    }
}
