package app.vidatlas.pages;

import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.export.HtmlText;
import app.vidatlas.export.PaperText;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Slide;
import app.vidatlas.model.SlideView;
import app.vidatlas.model.Source;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A paper's page: its header, the user's own note, every slide (or passage) of the notes that discusses it, then
 * the papers whose slides mention it ("Mentioned in") and those in its categories ("Related").
 */
final class PaperPage {
    private static final int RELATED = 8;

    private final PageContext context;
    private final Supplier<CrossReferences> references;
    private final Supplier<Lineage> lineage;

    PaperPage(PageContext context, Supplier<CrossReferences> references, Supplier<Lineage> lineage) {
        this.context = context;
        this.references = references;
        this.lineage = lineage;
    }

    PageRenderer.Page render(String id, PageRenderer.Target target, boolean dark, PageRenderer.Personal personal) {
        Paper p = context.papers().get(id);
        if (p == null) {
            return MessagePage.of("No such paper", "There is no paper “" + id + "” in the notes loaded.", dark);
        }
        List<URI> pending = new ArrayList<>();
        FigureImages figures = context.figureImages(pending);
        StringBuilder body = new StringBuilder(PaperHeader.html(p, personal));
        // The notes' own citation of the paper goes at the end of the header, once (OwnCitation).
        int citationAt = body.lastIndexOf("</header>") >= 0 ? body.lastIndexOf("</header>") : body.length();
        OwnCitation citation = new OwnCitation(p);
        body.append("<main>\n");
        if (!personal.note().isBlank()) {
            body.append("<section class=\"my-note\"><h2>My note</h2>")
                    .append(NoteHtml.text(personal.note(), null, p.id())).append("</section>\n");
        }
        int noteIndex = 0;
        String anchor = null;
        SlideCopies copies = SlideCopies.of(p, context.notes(),
                list -> NoteHtml.annotations(list, context.names().get(), p.id()));
        for (Source s : p.sources()) {
            Note note = context.notes().get(s.note());
            if (note == null) {
                continue;
            }
            body.append("<section class=\"note\">\n<h2 class=\"note-title\"><a href=\"")
                    .append(new PageAction.OpenNote(note.id(), 0).href()).append("\">").append(HtmlText.escape(note.title()))
                    .append("</a> <span class=\"note-id\">").append(HtmlText.escape(note.id())).append("</span></h2>\n");
            boolean targeted = note.id().equals(target.note());
            if (note.format() == NoteFormat.PLAIN_TEXT) {
                for (Annotation a : p.annotations()) {
                    if (a.note().equals(note.id()) && a.kind() == AnnotationKind.PASSAGE) {
                        String passageId = "passage-" + noteIndex + "-" + a.line();
                        anchor = anchor == null && targeted ? passageId : anchor;
                        body.append("<article class=\"passage\" id=\"").append(passageId).append("\">")
                                .append("<div class=\"slide-label\">line ").append(a.line()).append("</div>")
                                .append(NoteHtml.text(a.text(), context.names().get(), p.id())).append("</article>\n");
                    }
                }
            }
            List<String> sameAsShown = new ArrayList<>();
            for (int number : s.slides()) {
                String slideId = "s-" + noteIndex + "-" + number;
                SlideCopies.Copy copy = copies.of(note.id(), number);
                if (copy.first() != null) {
                    // The same slide in another note (notes copy each other's slides): shown once, where it came first.
                    anchor = targeted && number == target.slide() ? copy.first() : anchor;
                    sameAsShown.add("<a href=\"#" + copy.first() + "\">" + Slide.label(number) + "</a>");
                    continue;
                }
                anchor = targeted && number == target.slide() ? slideId : anchor;
                body.append("<article class=\"slide\" id=\"").append(slideId).append("\">")
                        .append("<div class=\"slide-label\">").append(Slide.label(number)).append("</div>\n")
                        .append(citation.takeFrom(slide(p, note, number, figures))).append(copy.alsoIn())
                        .append("</article>\n");
            }
            if (!sameAsShown.isEmpty()) {
                body.append("<p class=\"same-slides\">").append(String.join(", ", sameAsShown))
                        .append(sameAsShown.size() == 1 ? ": the same slide as shown above" : ": the same slides as shown above")
                        .append(".</p>\n");
            }
            body.append("</section>\n");
            noteIndex++;
        }
        body.append(LineageSection.html(lineage.get(), p)).append(mentionedIn(p)).append(related(p)).append("</main>\n");
        body.insert(citationAt, citation.header());
        return new PageRenderer.Page(context.chrome().document(p.shortName(), body.toString(), anchor, target.terms(),
                dark), pending);
    }

    /** A slide as the paper's page shows it ({@link SlideView}): whole when the paper owns it, its part when shared. */
    private String slide(Paper p, Note note, int number, FigureImages figures) {
        SlideView view = SlideView.of(p, note, number);
        if (view.owned()) {
            String html = NoteHtml.render(view.markdown(), note.id(), number, figures.writer("fig"),
                    context.names().get(), p.id());
            return html + SlideRest.html(slideOf(note, number), html, context.names(), p.id());
        }
        StringBuilder b = new StringBuilder();
        if (!view.text().isEmpty()) {
            b.append(NoteHtml.text(view.text(), context.names().get(), p.id()));
        }
        for (Figure f : view.figures()) {
            b.append("<p>").append(figures.html(f, "fig")).append("</p>\n");
        }
        b.append(NoteHtml.annotations(view.annotations(), context.names().get(), p.id()));
        b.append("<p class=\"shared\">From a slide shared with other papers; <a href=\"")
                .append(new PageAction.OpenNote(note.id(), number).href()).append("\">read the whole slide</a>.</p>\n");
        return b.toString();
    }

    private static Slide slideOf(Note note, int number) {
        return note.slides().stream().filter(s -> s.number() == number).findFirst().orElseThrow();
    }

    private String mentionedIn(Paper p) {
        List<CrossReferences.Mention> in = references.get().mentionsOf(p.id());
        if (in.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section class=\"mentioned-in\"><h2>Mentioned in</h2><ul>\n");
        for (CrossReferences.Mention m : in) {
            Paper from = context.papers().get(m.from());
            if (from != null) {
                b.append("<li><a href=\"").append(new PageAction.OpenPaper(from.id(), m.note(), m.slide()).href())
                        .append("\">").append(HtmlText.escape(from.shortName())).append("</a> <span class=\"where\">")
                        .append(HtmlText.escape(PaperText.place(m.note(), m.slide()))).append("</span></li>\n");
            }
        }
        return b.append("</ul></section>\n").toString();
    }

    /**
     * Up to {@value #RELATED} related papers, each with why: its slides name this one, this one's slides name it, or
     * they share a category (in the tree's order).
     */
    private String related(Paper p) {
        Map<String, List<String>> why = new LinkedHashMap<>();
        CrossReferences refs = references.get();
        refs.namedBy(p.id()).forEach(id -> why.computeIfAbsent(id, k -> new ArrayList<>()).add("named on this page"));
        refs.mentionsOf(p.id()).forEach(m -> {
            List<String> reasons = why.computeIfAbsent(m.from(), k -> new ArrayList<>());
            if (!reasons.contains("names this paper")) {
                reasons.add("names this paper");
            }
        });
        for (CategoryPath c : p.categories()) {
            CategoryTree.Node node = context.tree().find(c);
            if (node != null) {
                String reason = "same category: " + c.segments().get(c.segments().size() - 1);
                node.paperIds().forEach(id -> {
                    List<String> reasons = why.computeIfAbsent(id, k -> new ArrayList<>());
                    if (!reasons.contains(reason)) {
                        reasons.add(reason);
                    }
                });
            }
        }
        why.remove(p.id());
        List<Map.Entry<String, List<String>>> shown = why.entrySet().stream()
                .filter(e -> context.papers().get(e.getKey()) != null).limit(RELATED).toList();
        if (shown.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section class=\"related\"><h2>Related</h2><ul>\n");
        for (Map.Entry<String, List<String>> e : shown) {
            Paper r = context.papers().get(e.getKey());
            b.append("<li><a href=\"").append(new PageAction.OpenPaper(r.id()).href()).append("\" title=\"")
                    .append(HtmlText.escape(r.title())).append("\">").append(HtmlText.escape(r.shortName()))
                    .append("</a> <span class=\"why\">").append(HtmlText.escape(String.join("; ", e.getValue())))
                    .append("</span></li>\n");
        }
        return b.append("</ul></section>\n").toString();
    }
}
