package app.vidatlas.notes;

import app.vidatlas.model.Citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A note's numbered reference list ({@code [4] Feilong Chen, …. X-llm: …, 2023.}) and the places its numbers are
 * used in the text ({@code *X-LLM: Bootstrapping … [4]*}). Both name the same paper, so a marker takes its entry's
 * citation; the title keeps the text's spelling when it is the same title (the list lower-cases it, as BibTeX
 * styles do), else the entry's.
 */
final class ReferenceList {
    private final Map<Integer, HeadingTree.CitationAt> entries = new LinkedHashMap<>();
    private final List<HeadingTree.CitationAt> markers = new ArrayList<>();

    void entry(CitedPaper cited, int slide, int line) {
        entries.putIfAbsent(cited.marker(), new HeadingTree.CitationAt(cited, slide, line));
    }

    void marker(CitedPaper cited, int slide, int line) {
        markers.add(new HeadingTree.CitationAt(cited, slide, line));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The citations of the list and of its markers, markers resolved; a marker whose number the list lacks is handed
     * to {@code unresolved} (when the note has a list at all: elsewhere a bracketed number is no reference).
     */
    List<HeadingTree.CitationAt> resolve(java.util.function.Consumer<HeadingTree.CitationAt> unresolved) {
        Map<Integer, Citation> chosen = new LinkedHashMap<>();
        for (HeadingTree.CitationAt m : markers) {
            HeadingTree.CitationAt e = entries.get(m.cited().marker());
            if (e != null && !chosen.containsKey(m.cited().marker())
                    && Texts.sameTitle(Texts.titleKey(m.cited().title()), Texts.titleKey(e.cited().title()))) {
                Citation c = e.citation();
                chosen.put(m.cited().marker(), new Citation(c.prefix(), c.authors(), m.cited().title(), c.venue(), c.year()));
            }
        }
        List<HeadingTree.CitationAt> out = new ArrayList<>();
        entries.forEach((n, e) -> out.add(with(e, chosen.getOrDefault(n, e.citation()))));
        for (HeadingTree.CitationAt m : markers) {
            HeadingTree.CitationAt e = entries.get(m.cited().marker());
            if (e != null) {
                out.add(with(m, chosen.getOrDefault(m.cited().marker(), e.citation())));
            } else if (!entries.isEmpty()) {
                unresolved.accept(m);
            }
        }
        return out;
    }

    private static HeadingTree.CitationAt with(HeadingTree.CitationAt at, Citation c) {
        return new HeadingTree.CitationAt(new CitedPaper(c, at.cited().name(), at.cited().marker()), at.slide(), at.line());
    }
}
