package app.vidatlas.pages;

import app.vidatlas.catalog.NameFinder;
import app.vidatlas.catalog.Reachability;
import app.vidatlas.catalog.SlideCoverage;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Slide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a slide holds that its markdown, rendered, does not show: cells of a table row past the header's count
 * (the table drops them), remarks written after the note's footer (the slide's markdown ends there). A page that
 * shows the slide whole adds them after it, so that no word the slide holds is lost to the reader.
 */
final class SlideRest {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private SlideRest() {
    }

    /** The HTML to add after the slide's rendered markdown; empty when it shows everything (nearly always). */
    static String html(Slide slide, String rendered, Supplier<NameFinder<Paper>> names, String self) {
        // shownWords() decodes the entities the HTML writer wrote, and leaves out tags the note wrote as text.
        String shown = Reachability.shownWords(TAG.matcher(rendered).replaceAll(" "));
        List<String> sentences = new ArrayList<>();
        for (String s : SlideCoverage.sentences(slide.text())) {
            if (!shown.contains(Reachability.shownWords(s))) {
                sentences.add(s);
            }
        }
        List<Annotation> annotations = new ArrayList<>();
        for (Annotation a : slide.annotations()) {
            if (!shown.contains(Reachability.shownWords(a.text()))) {
                annotations.add(a);
            }
        }
        if (sentences.isEmpty() && annotations.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<div class=\"slide-rest\"><p class=\"shared\">Also on this slide in the "
                + "note, where the slide itself cannot show it:</p>\n");
        sentences.forEach(s -> b.append("<p>").append(NoteHtml.inline(s, names.get(), self)).append("</p>\n"));
        b.append(NoteHtml.annotations(annotations, names.get(), self));
        return b.append("</div>\n").toString();
    }
}
