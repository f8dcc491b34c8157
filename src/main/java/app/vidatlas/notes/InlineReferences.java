package app.vidatlas.notes;

import app.vidatlas.model.Citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.vidatlas.notes.CitationParts.ET_AL;
import static app.vidatlas.notes.CitationParts.SURNAME;

/**
 * A paper's name with its reference in brackets, inside running text or as a table's name cell:
 * {@code CameraCtrl[He等人2025a]}, {@code **ATOM** [Zhai et al., 2023]}, {@code DiffGesture [Zhu et al.]}. The name
 * is all the note says of the paper, so it stands as the title until another note gives the whole one. A bracket
 * must hold authors with {@code et al.}/等人 or a year: {@code Lumiere [demo]} is not a reference.
 */
final class InlineReferences {
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![A-Za-z0-9\\-])(?<name>[A-Za-z0-9][A-Za-z0-9\\-+.]{0,30}[A-Za-z0-9+])\\s?\\[\\s*(?<authors>" + SURNAME
                    + "(?:\\s*(?:and|&|和)\\s*" + SURNAME + ")?)\\s*(?<etal>" + ET_AL
                    + ")?\\s*[,，]?\\s*(?<year>(?:19|20)\\d{2})?[a-z]?\\s*]");
    /** A whole span that is a title followed by a numbered reference: {@code X-LLM: Bootstrapping … [4]}. */
    private static final Pattern TITLE_AND_NUMBER = Pattern.compile("^\\s*(?<title>\\S.{0,300}?)\\s*\\[(?<n>\\d{1,4})]\\s*$");

    private InlineReferences() {
    }

    static List<CitedPaper> findAll(String text) {
        List<CitedPaper> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            if (m.group("etal") == null && m.group("year") == null || name.chars().noneMatch(Character::isUpperCase)) {
                continue;
            }
            String year = m.group("year");
            String authors = CitationParts.cleanAuthors(m.group("authors") + (m.group("etal") == null ? "" : " et al."));
            out.add(new CitedPaper(new Citation(null, authors, name, null, year == null ? null : Integer.valueOf(year)),
                    name, null));
        }
        return out;
    }

    /** {@code Title [n]}: a numbered reference whose entry is in the note's reference list, or null. */
    static CitedPaper numbered(String span) {
        Matcher m = TITLE_AND_NUMBER.matcher(span);
        if (!m.matches()) {
            return null;
        }
        String title = CitationParts.cleanTitle(m.group("title"));
        if (title.length() < 2 || title.codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        return new CitedPaper(new Citation(null, null, title, null, null), null, Integer.valueOf(m.group("n")));
    }
}
