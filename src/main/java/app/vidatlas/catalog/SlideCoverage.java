package app.vidatlas.catalog;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Slide;
import app.vidatlas.model.SlideView;
import app.vidatlas.model.Source;
import app.vidatlas.notes.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What of each slide no paper's page shows ({@link SlideView}): the whole slide when no paper discusses it, and on a
 * shared slide (one every paper shows only a part of) the annotations, sentences and figure captions that no
 * paper's part holds. Search indexes these leftovers on their own so that nothing in the notes is out of its reach.
 * <p>
 * Linear in the catalog: each paper's slides are looked at once, and only the parts of shared slides are kept.
 */
public final class SlideCoverage {
    /** Sentence ends in English and Chinese; a line break ends one too. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;])|(?<=\\.)\\s+|\\n");

    /**
     * A slide with something no paper shows.
     *
     * @param note        the note
     * @param slide       the slide
     * @param discussed   whether some paper shows a part of it (false: no paper shows any of it)
     * @param annotations its annotations no paper shows
     * @param sentences   the sentences of its text and the figure captions no paper shows, in slide order
     */
    public record Leftover(Note note, Slide slide, boolean discussed, List<Annotation> annotations,
                           List<String> sentences) {
        public Leftover {
            annotations = List.copyOf(annotations);
            sentences = List.copyOf(sentences);
        }
    }

    /** What the papers show of one shared slide, kept compact for containment checks. */
    private static final class Shown {
        final Set<String> annotations = new HashSet<>(4);
        final StringBuilder text = new StringBuilder();
    }

    private SlideCoverage() {
    }

    /** Every slide with something no paper shows, in note and slide order. */
    public static List<Leftover> of(Catalog catalog) {
        Map<String, Slide> slides = new HashMap<>();
        for (Note n : catalog.notes()) {
            for (Slide s : n.slides()) {
                slides.putIfAbsent(key(n.id(), s.number()), s);
            }
        }
        // Only shared slides keep what their papers show: a catalog of 100,000 papers owns most of its slides.
        Set<String> discussed = new HashSet<>();
        Set<String> owned = new HashSet<>();
        Map<String, Shown> shown = new HashMap<>();
        for (Paper p : catalog.papers()) {
            for (Source source : p.sources()) {
                for (int number : source.slides()) {
                    String key = key(source.note(), number);
                    discussed.add(key);
                    if (owned.contains(key)) {
                        continue;
                    }
                    Slide slide = slides.get(key);
                    if (SlideView.owns(p, source.note(), number, slide)) {
                        owned.add(key); // the whole slide is on this paper's page: the parts no longer matter
                        shown.remove(key);
                    } else {
                        SlideView view = SlideView.of(p, source.note(), number, slide);
                        Shown s = shown.computeIfAbsent(key, k -> new Shown());
                        view.annotations().forEach(a -> s.annotations.add(Texts.compact(a.text())));
                        s.text.append(Texts.compact(view.textWithCaptions()));
                    }
                }
            }
        }
        List<Leftover> out = new ArrayList<>();
        for (Note n : catalog.notes()) {
            for (Slide slide : n.slides()) {
                String key = key(n.id(), slide.number());
                if (!discussed.contains(key)) {
                    List<String> all = sentencesOf(slide);
                    if (!all.isEmpty() || !slide.annotations().isEmpty()) {
                        out.add(new Leftover(n, slide, false, slide.annotations(), all));
                    }
                } else if (!owned.contains(key)) {
                    Leftover l = leftover(n, slide, shown.getOrDefault(key, new Shown()));
                    if (l != null) {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    private static Leftover leftover(Note n, Slide slide, Shown s) {
        String shownText = s.text.toString();
        List<Annotation> annotations = new ArrayList<>();
        for (Annotation a : slide.annotations()) {
            String c = Texts.compact(a.text());
            if (!c.isEmpty() && !s.annotations.contains(c) && !shownText.contains(c)) {
                annotations.add(a);
            }
        }
        List<String> sentences = new ArrayList<>();
        for (String sentence : sentencesOf(slide)) {
            if (!shownText.contains(Texts.compact(sentence))) {
                sentences.add(sentence);
            }
        }
        return annotations.isEmpty() && sentences.isEmpty() ? null
                : new Leftover(n, slide, true, annotations, sentences);
    }

    /** The sentences of a slide's text, then its figure captions: the pieces checked one by one. */
    public static List<String> sentencesOf(Slide slide) {
        List<String> out = new ArrayList<>(sentences(slide.text()));
        for (Figure f : slide.figures()) {
            out.addAll(sentences(f.caption()));
        }
        return out;
    }

    /** A text cut into sentences (and lines), trimmed; pieces without a letter or digit are left out. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : SENTENCE_END.split(text)) {
            String s = piece.strip();
            if (!Texts.compact(s).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    static String key(String note, int slide) {
        return note + "#" + slide;
    }
}
