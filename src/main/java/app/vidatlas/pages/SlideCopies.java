package app.vidatlas.pages;

import app.vidatlas.export.HtmlText;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Slide;
import app.vidatlas.model.SlideView;
import app.vidatlas.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slides of a paper that say the same thing in two notes (the notes book copies slides between chapters: Show-1's
 * P75–P79 are in two notes). A paper's page shows such a slide once, where it first comes, naming every note it is
 * in, with what each copy's annotations add; the later copies point back to it. A copy is a slide of the same number
 * whose every line is in the slide shown (headings aside, which file it, figures by file name, the paper's citation
 * aside, which the header gives): it says nothing the page does not show already.
 */
final class SlideCopies {
    /** What the page does with one slide: show it (with the other notes it is in), or point to where it is shown. */
    record Copy(String first, String alsoIn) {
    }

    private final Map<String, Copy> byPlace = new HashMap<>();
    /** A note's ✅ or ❓ line: annotations are compared apart, and every copy's are shown. */
    private static final java.util.regex.Pattern ANNOTATION =
            java.util.regex.Pattern.compile("^>\\s*(?:&#x2705;|&#x2753;|✅|❓)");
    /** A citation alone on its line: authors, the quoted title, venue and year. */
    private static final java.util.regex.Pattern CITATION =
            java.util.regex.Pattern.compile("[^“”]{1,160},\\s*“[^”]+”[^“”]{0,100}(?:19|20)\\d{2}\\.?");

    private SlideCopies() {
    }

    /**
     * @param notes       the notes by id
     * @param annotations how the page writes annotations (with their links to papers)
     */
    static SlideCopies of(Paper p, Map<String, Note> notes, java.util.function.Function<List<Annotation>, String> annotations) {
        SlideCopies out = new SlideCopies();
        // Each slide shown so far, by number: its place, its id on the page, its lines, its annotations.
        Map<Integer, List<Shown>> shown = new HashMap<>();
        Map<Shown, List<Shown>> copiesOf = new LinkedHashMap<>();
        int noteIndex = 0;
        for (Source s : p.sources()) {
            Note note = notes.get(s.note());
            if (note == null) {
                continue;
            }
            for (int number : s.slides()) {
                SlideView view = SlideView.of(p, note, number);
                Shown here = new Shown(note.id(), number, "s-" + noteIndex + "-" + number, lines(view, p),
                        view.annotations(), headings(view));
                Shown original = here.lines().isEmpty() ? null : shown.getOrDefault(number, List.of()).stream()
                        .filter(o -> o.lines().containsAll(here.lines())).findFirst().orElse(null);
                if (original == null) {
                    shown.computeIfAbsent(number, k -> new ArrayList<>()).add(here);
                } else {
                    copiesOf.computeIfAbsent(original, k -> new ArrayList<>()).add(here);
                }
            }
            noteIndex++;
        }
        copiesOf.forEach((original, copies) -> {
            // What a copy's annotations add (notes copy a slide, then annotate it their own way): nothing is lost.
            List<String> originalTexts = original.annotations().stream().map(Annotation::text).toList();
            StringBuilder also = new StringBuilder();
            for (Shown c : copies) {
                List<Annotation> extra = c.annotations().stream().filter(a -> !originalTexts.contains(a.text())).toList();
                List<String> under = c.headings().stream().filter(h -> !original.headings().contains(h)).toList();
                if (!extra.isEmpty() || !under.isEmpty()) {
                    also.append("<p class=\"copy-notes\">In ").append(HtmlText.escape(c.note()))
                            .append(under.isEmpty() ? "" : ", under " + under.stream().map(h -> "“" + HtmlText.escape(h) + "”")
                                    .collect(java.util.stream.Collectors.joining(", ")))
                            .append(extra.isEmpty() ? ".</p>\n" : ":</p>\n").append(annotations.apply(extra));
                }
            }
            also.append("<p class=\"also-in\">Also in ");
            for (int i = 0; i < copies.size(); i++) {
                Shown c = copies.get(i);
                also.append(i > 0 ? ", " : "").append("<a href=\"").append(new PageAction.OpenNote(c.note(), c.number()).href())
                        .append("\">").append(HtmlText.escape(c.note())).append(" ").append(Slide.label(c.number()))
                        .append("</a>");
                out.byPlace.put(c.note() + "@" + c.number(), new Copy(original.id(), ""));
            }
            out.byPlace.put(original.note() + "@" + original.number(), new Copy(null, also.append(".</p>\n").toString()));
        });
        return out;
    }

    /** A slide the page shows. */
    private record Shown(String note, int number, String id, java.util.Set<String> lines, List<Annotation> annotations,
                         List<String> headings) {
    }

    /** The slide's fate on the page: shown (first is null), or a copy of the slide shown at {@code first}. */
    Copy of(String note, int number) {
        return byPlace.getOrDefault(note + "@" + number, new Copy(null, ""));
    }

    /**
     * What a slide says, for telling copies: its lines without headings (a note files it under its own), without
     * annotations (shown from every copy) and with figures by file name (each note links them its own way).
     */
    /** The headings inside the slide, as text. */
    private static List<String> headings(SlideView view) {
        if (!view.owned()) {
            return List.of();
        }
        return java.util.Arrays.stream(view.markdown().split("\n")).map(String::strip).filter(t -> t.startsWith("#"))
                .map(t -> t.replaceAll("^#+\\s*", "").replaceAll("\\*\\*|__", "").strip()).filter(t -> !t.isEmpty()).toList();
    }

    private static java.util.Set<String> lines(SlideView view, Paper p) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        String[] all = view.owned() ? view.markdown().split("\n") : view.text().split("\n");
        for (String line : all) {
            // A figure by its file name and caption: each note links the file its own way.
            String t = line.strip().replaceAll("!\\[([^\\]]*)\\]\\((?:[^)]*/)?([^)/]*)\\)", "figure:$2 $1")
                    .replaceAll("\\*\\*|__", "").replaceAll("\\s+", " ").strip();
            // Headings file the slide (each note its own way; a copy's are named on the page); annotations come from
            // every copy; the paper's own citation is in the page's header. Any other line counts.
            if (t.isEmpty() || t.startsWith("#") || ANNOTATION.matcher(t).find() || CITATION.matcher(t).matches()
                    && t.contains("“" + p.title())) {
                continue;
            }
            out.add(t);
        }
        return out;
    }
}
