package app.vidatlas.notes;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Citation;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;

import java.util.List;
import java.util.Objects;

/**
 * What one note says about one paper, before papers from all notes are merged.
 *
 * @param kind        how the note brings it up
 * @param note        id of the note
 * @param line        1-based line where the mention starts
 * @param name        the name the note gives it (heading, bold name), or null
 * @param altNames    other names seen (an acronym in parentheses, a title prefix)
 * @param citation    the citation; its title is always there
 * @param category    the heading path the note files it under (numbering and "More Works" removed); may be empty
 * @param slides      slide numbers, ascending
 * @param keyPoints   bullets and description lines
 * @param figures     figures
 * @param annotations annotations
 * @param links       links
 * @param tags        tags from a paper table
 * @param excerpt     for a table row or a reference, the text about the paper (its slide is shared); null for a
 *                    section, which owns its slides
 */
public record PaperMention(MentionKind kind, String note, int line, String name, List<String> altNames,
                           Citation citation, List<String> category, List<Integer> slides, List<String> keyPoints,
                           List<Figure> figures, List<Annotation> annotations, List<Link> links, List<String> tags,
                           String excerpt) {
    public PaperMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(citation, "citation");
        altNames = List.copyOf(altNames);
        category = List.copyOf(category);
        slides = List.copyOf(slides);
        keyPoints = List.copyOf(keyPoints);
        figures = List.copyOf(figures);
        annotations = List.copyOf(annotations);
        links = List.copyOf(links);
        tags = List.copyOf(tags);
    }

    public String title() {
        return citation.title();
    }
}
