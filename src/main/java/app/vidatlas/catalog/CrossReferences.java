package app.vidatlas.catalog;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.model.SlideView;
import app.vidatlas.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which papers' slides mention which other papers by name: the "Mentioned in" lists of the paper pages. Names
 * shorter than {@link #MIN_NAME} are not looked for: "VDM" in "Pixel-based VDM" means any video diffusion model.
 */
public final class CrossReferences {
    public static final int MIN_NAME = 4;

    /**
     * A slide of one paper's page that names another paper.
     *
     * @param from  the paper whose page shows the slide
     * @param note  the note
     * @param slide the slide (0 for a passage of a plain-text note)
     */
    public record Mention(String from, String note, int slide) {
    }

    /** None known (yet): what a page shows while the cross references of a large catalog are being worked out. */
    public static final CrossReferences EMPTY = new CrossReferences();

    private final Map<String, List<Mention>> mentionedIn = new HashMap<>();
    private final Map<String, List<String>> names = new HashMap<>();

    private CrossReferences() {
    }

    public static CrossReferences of(Catalog catalog) {
        return of(catalog, NameFinder.forPapers(catalog.papers(), MIN_NAME));
    }

    /** With the names already filed (the page renderer files them too). */
    public static CrossReferences of(Catalog catalog, NameFinder<Paper> names) {
        CrossReferences refs = new CrossReferences();
        Map<String, Note> notes = catalog.notesById();
        for (Paper from : catalog.papers()) {
            Map<String, Set<Mention>> found = new java.util.LinkedHashMap<>();
            for (Source s : from.sources()) {
                Note note = notes.get(s.note());
                for (int number : s.slides()) {
                    String text = pageText(from, note, number);
                    for (NameFinder.Match<Paper> m : names.find(text)) {
                        if (!m.target().id().equals(from.id())) {
                            found.computeIfAbsent(m.target().id(), k -> new LinkedHashSet<>())
                                    .add(new Mention(from.id(), s.note(), number));
                        }
                    }
                }
            }
            for (Annotation a : from.annotations()) {
                if (a.slide() == 0) {
                    for (NameFinder.Match<Paper> m : names.find(a.text())) {
                        if (!m.target().id().equals(from.id())) {
                            found.computeIfAbsent(m.target().id(), k -> new LinkedHashSet<>())
                                    .add(new Mention(from.id(), a.note(), 0));
                        }
                    }
                }
            }
            found.forEach((to, mentions) -> refs.mentionedIn.computeIfAbsent(to, k -> new ArrayList<>()).addAll(mentions));
            if (!found.isEmpty()) {
                refs.names.put(from.id(), List.copyOf(found.keySet()));
            }
        }
        return refs;
    }

    /** What the paper's page shows of a slide ({@link SlideView}), in words: text, captions and annotations. */
    static String pageText(Paper p, Note note, int number) {
        return note == null ? "" : SlideView.of(p, note, number).allText();
    }

    /** The papers this paper's page names, in the order first named. */
    public List<String> namedBy(String paperId) {
        return names.getOrDefault(paperId, List.of());
    }

    /** The slides of other papers' pages that name this paper, in catalog order. */
    public List<Mention> mentionsOf(String paperId) {
        return List.copyOf(mentionedIn.getOrDefault(paperId, List.of()));
    }
}
