package app.vidatlas.notes;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Slide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The note's slides as the walk goes: a slide runs from its marker ({@code P75} on a line of its own) to the next
 * one; text before the first marker is slide 0. Each slide keeps its text, figures and annotations, and apart from
 * them what it says outside any paper's row (its "common" content), which every paper listed on the slide shows.
 */
final class SlideTrack {
    private static final Pattern MARKER = Pattern.compile("P(\\d{1,4})");
    private static final Pattern MARKER_AT_START = Pattern.compile("^\\s*P\\d+\\s*");

    private final String noteId;
    private final List<Draft> slides = new ArrayList<>();
    private Draft current = new Draft(0, 1, List.of());

    SlideTrack(String noteId) {
        this.noteId = noteId;
    }

    /** The number a line of its own gives when it is a slide marker, or null. */
    static Integer marker(String line) {
        String s = line.strip();
        return MARKER.matcher(s).matches() ? Integer.valueOf(s.substring(1)) : null;
    }

    void start(int number, int line, List<String> headings) {
        slides.add(current);
        current = new Draft(number, line, headings);
    }

    Draft current() {
        return current;
    }

    int number() {
        return current.number;
    }

    /** The current slide's number as a list (empty for slide 0, which no paper cites by number). */
    List<Integer> numbers() {
        return current.number > 0 ? List.of(current.number) : List.of();
    }

    /** Adds the content's figures to the slide, and to {@code into} when given. */
    void figures(InlineContent content, java.util.Collection<Figure> into) {
        for (InlineContent.ImageRef image : content.images()) {
            Figure f = new Figure(image.src(), noteId, current.number, image.alt());
            if (current.figureSet.add(f)) {
                current.figures.add(f);
            }
            // A section's figures are a set (a note may hold thousands); a row's list holds a handful.
            if (into != null && (into instanceof java.util.Set || !into.contains(f))) {
                into.add(f);
            }
        }
    }

    /**
     * The slides, each with its markdown source cut from the note's lines. {@code end} is the line after which
     * nothing belongs to a slide (the footer), or {@code lines.length}.
     */
    List<Slide> finish(String[] lines, int end) {
        slides.add(current);
        List<Slide> out = new ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            Draft d = slides.get(i);
            int from = d.line - 1;
            int to = i + 1 < slides.size() ? slides.get(i + 1).line - 1 : end;
            StringBuilder md = new StringBuilder();
            for (int l = Math.max(0, from); l < Math.min(to, lines.length); l++) {
                String text = lines[l];
                if (l == from && d.number > 0) {
                    text = MARKER_AT_START.matcher(text).replaceFirst("");
                }
                md.append(text).append('\n');
            }
            String text = String.join("\n", d.text);
            if (d.number == 0 && text.isBlank() && d.figures.isEmpty()) {
                continue;
            }
            out.add(new Slide(noteId, d.number, d.line, d.headings, md.toString().strip(), text, d.figures,
                    d.annotations));
        }
        return out;
    }

    /** Something a slide says, and the section it says it in. */
    record Said<T>(HeadingTree.Section section, T what) {
    }

    /** The draft of a slide. */
    static final class Draft {
        final int number;
        final int line;
        List<String> headings;
        boolean sawHeading;
        final List<String> text = new ArrayList<>();
        final List<Figure> figures = new ArrayList<>();
        final java.util.Set<Figure> figureSet = new java.util.HashSet<>();
        final List<Annotation> annotations = new ArrayList<>();
        /**
         * What the slide says outside any paper's row, with the section it is in: shown with each paper listed on the
         * slide (on the unnumbered slide of a note without markers, only with the papers of the same section).
         */
        final List<Said<String>> commonText = new ArrayList<>();
        final List<Said<Annotation>> commonAnnotations = new ArrayList<>();

        Draft(int number, int line, List<String> headings) {
            this.number = number;
            this.line = line;
            this.headings = headings;
        }

        void text(String t) {
            if (t != null && !t.isBlank()) {
                text.add(t);
            }
        }

        void common(String t, HeadingTree.Section section) {
            text(t);
            if (t != null && !t.isBlank()) {
                commonText.add(new Said<>(section, t));
            }
        }
    }
}
