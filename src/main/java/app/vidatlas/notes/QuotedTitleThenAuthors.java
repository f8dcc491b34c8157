package app.vidatlas.notes;

import app.vidatlas.model.Citation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.vidatlas.notes.CitationParts.CLOSE_QUOTE;
import static app.vidatlas.notes.CitationParts.OPEN_QUOTE;
import static app.vidatlas.notes.CitationParts.SHORT_AUTHORS;

/**
 * Title first, as the flow-matching tutorial writes it: {@code 🔎 "Flow Matching for Generative Modeling" Lipman el
 * al. (2022)}. The authors must follow the quote and say {@code et al.}, or be followed by a year in brackets:
 * {@code “Title,” NeurIPS 2023} is a title with its venue, not a title with its authors.
 */
final class QuotedTitleThenAuthors implements CitationStyle {
    private static final Pattern LINE = Pattern.compile(
            "^\\s*" + OPEN_QUOTE + "(?<title>[^“”\"]{2,300}?)" + CLOSE_QUOTE + "\\s*[,，]?\\s*(?<authors>" + SHORT_AUTHORS
                    + ")\\s*[,，]?\\s*(?:\\(?(?<year>(?:19|20)\\d{2})[a-z]?\\)?)?\\s*[.。]?.*$", Pattern.DOTALL);

    @Override
    public Optional<CitedPaper> read(String span) {
        Matcher m = LINE.matcher(span);
        if (!m.matches()) {
            return Optional.empty();
        }
        String authors = CitationParts.cleanAuthors(m.group("authors"));
        String year = m.group("year");
        if (!authors.endsWith("et al.") && (year == null || !m.group().contains("(" + year))) {
            return Optional.empty();
        }
        String title = CitationParts.cleanTitle(m.group("title"));
        if (title.length() < 2) {
            return Optional.empty();
        }
        return Optional.of(CitedPaper.of(new Citation(null, authors, title, null,
                year == null ? null : Integer.valueOf(year))));
    }
}
