package app.vidatlas.catalog.merge;

import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.catalog.NameFinder;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.model.ReadValue;
import app.vidatlas.model.Slide;
import app.vidatlas.model.SlideView;
import app.vidatlas.model.Source;
import app.vidatlas.notes.attributes.AttributeReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A paper's comparison attributes read from exactly what its page shows of each slide ({@link SlideView}: a slide
 * of its own whole, only its part of a shared one) and its annotations, so that every value's sentence is one the
 * reader finds on the paper's page.
 */
final class PaperReading {
    private final Map<String, Map<Integer, Slide>> slides = new HashMap<>();
    private final NameFinder<Paper> names;

    PaperReading(List<Note> notes, List<Paper> papers) {
        this.names = NameFinder.forPapers(papers, CrossReferences.MIN_NAME);
        for (Note n : notes) {
            Map<Integer, Slide> byNumber = new HashMap<>();
            n.slides().forEach(s -> byNumber.putIfAbsent(s.number(), s));
            slides.put(n.id(), byNumber);
        }
    }

    List<ReadValue> read(Paper p) {
        List<AttributeReader.Passage> passages = new ArrayList<>();
        for (Source source : p.sources()) {
            Map<Integer, Slide> of = slides.getOrDefault(source.note(), Map.of());
            for (int number : source.slides()) {
                SlideView view = SlideView.of(p, source.note(), number, of.get(number));
                passages.add(new AttributeReader.Passage(source.note(), number, view.textWithCaptions()));
                // On a slide that is shared, or names other papers (a "More Works" table), an annotation may be about
                // any paper there: only those naming this one are read.
                boolean crowded = !view.owned() || namesAnother(view.text(), p);
                for (Annotation a : view.annotations()) {
                    if (!crowded || names(a.text(), p)) {
                        passages.add(new AttributeReader.Passage(source.note(), number, a.text()));
                    }
                }
            }
        }
        for (Annotation a : p.annotations()) {
            if (a.slide() == 0) {   // a plain-text note's passages: no slide holds them
                passages.add(new AttributeReader.Passage(a.note(), 0, a.text()));
            }
        }
        for (app.vidatlas.model.Excerpt e : p.excerpts()) {
            if (e.slide() == 0) {   // a note without slide markers: its paper-table row or citation is all there is
                passages.add(new AttributeReader.Passage(e.note(), 0, e.text()));
            }
        }
        return AttributeReader.read(passages, p.names(), sentence -> othersNamedAt(sentence, p));
    }

    private boolean namesAnother(String text, Paper p) {
        return names.find(text).stream().anyMatch(m -> !m.target().id().equals(p.id()));
    }

    private boolean names(String text, Paper p) {
        return names.find(text).stream().anyMatch(m -> m.target().id().equals(p.id()));
    }

    /**
     * Where the sentence names papers other than {@code p}, and which. A sentence naming {@code p} itself is about it
     * ("ModelScope T2V builds on LDM"): the other papers it names are then what it is built on, or nothing.
     */
    private List<AttributeReader.Named> othersNamedAt(String sentence, Paper p) {
        List<NameFinder.Match<Paper>> found = names.find(sentence);
        boolean own = found.stream().anyMatch(m -> m.target().id().equals(p.id()));
        List<AttributeReader.Named> out = new ArrayList<>();
        for (NameFinder.Match<Paper> m : found) {
            if (!m.target().id().equals(p.id()) && (!own || AttributeReader.namedAsBase(sentence, m.start()))) {
                out.add(new AttributeReader.Named(m.start(), m.target().id()));
            }
        }
        return out;
    }
}
