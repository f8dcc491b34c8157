package app.vidatlas.notes;

import app.vidatlas.model.Citation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.vidatlas.notes.CitationParts.CLOSE_QUOTE;
import static app.vidatlas.notes.CitationParts.OPEN_QUOTE;
import static app.vidatlas.notes.CitationParts.SHORT_AUTHORS;

/**
 * The slides' own style: {@code Zhang et al., “Show-1: …,” arXiv 2023.} and its variants, all seen in the notes:
 * straight or curly quotes, {@code et al.} followed by a period or nothing instead of a comma, the period inside the
 * closing quote, no venue, no year, a name before the authors ({@code Imagen: Saharia et al., …}), and a title that ends
 * a table cell with nothing after it ({@code Wang et al., "ProlificDreamer: …",||}). The authors make it a citation, so
 * neither venue nor year is required.
 */
final class AuthorsThenQuotedTitle implements CitationStyle {
    private static final Pattern START = Pattern.compile(
            "^\\s*(?:(?<prefix>[\\p{L}\\d][^:：“”\"]{0,40}?)[:：]\\s*)?(?<authors>" + SHORT_AUTHORS + ")"
                    + "\\s*[,，.]?\\s*" + OPEN_QUOTE + "(?<body>.*)$", Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile(CLOSE_QUOTE);

    @Override
    public Optional<CitedPaper> read(String span) {
        Matcher m = START.matcher(span);
        if (!m.matches()) {
            return Optional.empty();
        }
        String body = m.group("body");
        Matcher close = CLOSE.matcher(body);
        if (!close.find()) {
            // A quote that never closes is a quotation left open, not a title.
            return Optional.empty();
        }
        String title = CitationParts.cleanTitle(body.substring(0, close.start()));
        String after = body.substring(close.end());
        if (title.length() < 2) {
            return Optional.empty();
        }
        CitationParts.Tail tail = CitationParts.tail(after);
        String prefix = m.group("prefix");
        return Optional.of(CitedPaper.of(new Citation(prefix == null ? null : prefix.strip(),
                CitationParts.cleanAuthors(m.group("authors")), title, tail.venue(), tail.year())));
    }
}
