package app.vidatlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a paper shows of one slide: the one answer the paper's page, the search index and "Mentioned in" share, so
 * that what a page shows, what search finds on it and which names it mentions cannot disagree.
 * <p>
 * A paper <em>owns</em> a slide when it has no excerpt there (the slide is in its own section): it shows the whole
 * slide. Otherwise the slide is shared (a "More Works" table, a reference list) and the paper shows only its own
 * part: its excerpts, its figures and its annotations on that slide.
 * <p>
 * Immutable. The slide's own texts stay packed ({@link CompactText}) until asked for: a page needs only the markdown,
 * search and "Mentioned in" only the plain text.
 */
public final class SlideView {
    private final String note;
    private final int slide;
    private final Slide whole;
    private final String excerpts;
    private final List<Annotation> annotations;
    private final List<Figure> figures;

    private SlideView(String note, int slide, Slide whole, String excerpts, List<Annotation> annotations,
                      List<Figure> figures) {
        this.note = Objects.requireNonNull(note, "note");
        this.slide = slide;
        this.whole = whole;
        this.excerpts = excerpts;
        this.annotations = List.copyOf(annotations);
        this.figures = List.copyOf(figures);
    }

    /** What {@code p} shows of slide {@code number} of {@code note}. */
    public static SlideView of(Paper p, Note note, int number) {
        Slide found = null;
        for (Slide s : note.slides()) {
            if (s.number() == number) {
                found = s;
                break;
            }
        }
        return of(p, note.id(), number, found);
    }

    /**
     * The same with the slide already looked up (callers that visit many slides file them once).
     *
     * @param slide the slide, or null when the note has none with that number: the paper then shows what it holds
     *              of it, as on a shared slide
     */
    public static SlideView of(Paper p, String noteId, int number, Slide slide) {
        if (owns(p, noteId, number, slide)) {
            return new SlideView(noteId, number, slide, "", slide.annotations(), slide.figures());
        }
        StringBuilder excerpts = new StringBuilder();
        for (Excerpt e : p.excerpts()) {
            if (e.note().equals(noteId) && e.slide() == number) {
                excerpts.append(excerpts.isEmpty() ? "" : "\n").append(e.text());
            }
        }
        List<Annotation> annotations = new ArrayList<>();
        for (Annotation a : p.annotations()) {
            if (a.note().equals(noteId) && a.slide() == number && a.kind() != AnnotationKind.PASSAGE) {
                annotations.add(a);
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (Figure f : p.figures()) {
            if (f.note().equals(noteId) && f.slide() == number) {
                figures.add(f);
            }
        }
        return new SlideView(noteId, number, null, excerpts.toString(), annotations, figures);
    }

    /**
     * Whether {@code p} shows the whole slide: it has no excerpt there (the slide is in its own section). Cheap: the
     * slide's texts are not unpacked.
     */
    public static boolean owns(Paper p, String noteId, int number, Slide slide) {
        if (slide == null) {
            return false;
        }
        for (Excerpt e : p.excerpts()) {
            if (e.note().equals(noteId) && e.slide() == number) {
                return false;
            }
        }
        return true;
    }

    /** The id of the note. */
    public String note() {
        return note;
    }

    /** The slide number. */
    public int slide() {
        return slide;
    }

    /** Whether the paper shows the whole slide (else only its part of a shared slide). */
    public boolean owned() {
        return whole != null;
    }

    /** The slide's plain text when owned, else the paper's excerpts there, one a line. */
    public String text() {
        return whole != null ? whole.text() : excerpts;
    }

    /** The slide's markdown when owned, else null: a shared slide is shown piece by piece. */
    public String markdown() {
        return whole != null ? whole.markdown() : null;
    }

    /** The slide's annotations when owned, else the paper's annotations there (no plain-text passages). */
    public List<Annotation> annotations() {
        return annotations;
    }

    /** The slide's figures when owned, else the paper's figures there. */
    public List<Figure> figures() {
        return figures;
    }

    /** The text and the figure captions: what search finds as the slide's text. */
    public String textWithCaptions() {
        StringBuilder b = new StringBuilder(text());
        for (Figure f : figures) {
            if (!f.caption().isBlank()) {
                b.append(b.isEmpty() ? "" : "\n").append(f.caption());
            }
        }
        return b.toString();
    }

    /** The annotations' texts, one a line. */
    public String annotationText() {
        StringBuilder b = new StringBuilder();
        for (Annotation a : annotations) {
            b.append(b.isEmpty() ? "" : "\n").append(a.text());
        }
        return b.toString();
    }

    /** Everything the view holds in words: text, captions and annotations (where names are looked for). */
    public String allText() {
        String t = textWithCaptions();
        String a = annotationText();
        return t.isEmpty() ? a : a.isEmpty() ? t : t + "\n" + a;
    }
}
