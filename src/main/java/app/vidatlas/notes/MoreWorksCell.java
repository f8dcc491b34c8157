package app.vidatlas.notes;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Citation;
import app.vidatlas.model.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "More Works" cell, in whatever table it stands: {@code **Name** (Authors) <br> description <br> “Title,” Venue
 * Year}. The name and authors come first, the quoted title with venue and year on a later line, and the lines
 * between describe the paper (and may hold its annotations).
 */
final class MoreWorksCell {
    private static final Pattern NAME_AND_AUTHORS = Pattern.compile("^(?<name>.*?)\\s*\\((?<authors>[^()]*)\\)\\s*$");
    private static final Pattern AUTHORS = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]+.*");
    /** The quoted part alone: {@code “Title,” Venue Year.} A venue or a year must follow, or it is a quotation. */
    private static final Pattern QUOTED = Pattern.compile(
            "^\\s*[“\"]\\s*(?<title>[^“”\"]+?)\\s*[,，]?\\s*[”\"]\\s*[,，]?\\s*"
                    + "(?<venue>\\p{L}[\\p{L}\\p{N}&\\-]*(?:\\s+\\p{L}[\\p{L}\\p{N}&\\-]*){0,3})?\\s*[,，]?\\s*"
                    + "(?<year>(?:19|20)\\d{2})?\\s*[.。]?\\s*$");

    /** The paper a cell describes, its name, description lines, annotations and links. */
    record Paper(String name, Citation citation, List<String> keyPoints, List<Annotation> annotations,
                 List<Link> links, String text) {
    }

    private MoreWorksCell() {
    }

    static Optional<Paper> read(InlineContent cell, String noteId, int slide) {
        List<String> cellLines = cell.lines();
        for (int k = 0; k < cellLines.size(); k++) {
            String line = cellLines.get(k);
            Optional<Citation> citation = CitationRecognizer.whole(line).map(CitedPaper::citation)
                    .filter(c -> c.authors() != null);
            if (citation.isEmpty()) {
                citation = quoted(line);
            }
            if (citation.isEmpty()) {
                continue;
            }
            String name = null;
            String authors = citation.get().authors();
            int descriptionFrom = 0;
            if (k > 0) {
                Matcher m = NAME_AND_AUTHORS.matcher(cellLines.get(0));
                if (m.matches() && AUTHORS.matcher(m.group("authors").strip()).matches()) {
                    name = Texts.stripMath(Texts.squash(m.group("name").replace("*", "")));
                    authors = authors == null ? m.group("authors").strip() : authors;
                    descriptionFrom = 1;
                } else if (!cell.bold().isEmpty()) {
                    name = cell.bold().get(0);
                    descriptionFrom = 1;
                }
            }
            if (authors == null) {
                // Quoted text with a year but nobody who wrote it: a prompt caption, not a paper.
                return Optional.empty();
            }
            Citation c = citation.get();
            List<String> description = new ArrayList<>();
            for (int i = descriptionFrom; i < cellLines.size(); i++) {
                if (i != k) {
                    description.add(cellLines.get(i));
                }
            }
            List<Annotation> annotations = Annotations.parseLines(description, noteId, slide, 0);
            List<String> keyPoints = description.stream().filter(l -> !Annotations.startsWithGlyph(l))
                    .map(Texts::squash).filter(l -> !l.isEmpty()).toList();
            List<Link> links = cell.links().stream().map(Link::of).toList();
            return Optional.of(new Paper(name == null || name.isEmpty() ? null : name,
                    new Citation(c.prefix(), authors, c.title(), c.venue(), c.year()), keyPoints, annotations, links,
                    String.join("\n", cellLines)));
        }
        return Optional.empty();
    }

    static Optional<Citation> quoted(String line) {
        Matcher m = QUOTED.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String venue = m.group("venue") == null ? null : m.group("venue").strip();
        String year = m.group("year");
        String title = CitationParts.cleanTitle(m.group("title"));
        if (venue == null && year == null || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Citation(null, null, title, venue, year == null ? null : Integer.valueOf(year)));
    }
}
