package app.vidatlas.notes;

import java.util.Optional;

/**
 * One way the notes write a citation. Each style reads a whole span of inline text (a line, a cell, a list item)
 * and says what paper it cites, or nothing; {@link CitationRecognizer} tries them in turn. Styles are small and
 * separate so that each can be tested on the examples it was written for.
 */
interface CitationStyle {
    Optional<CitedPaper> read(String span);
}
