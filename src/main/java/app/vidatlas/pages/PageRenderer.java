package app.vidatlas.pages;

import app.vidatlas.figures.FigureResolver;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.catalog.NameFinder;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;
import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Slide;
import app.vidatlas.model.SlideView;
import app.vidatlas.model.Source;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The app's pages as HTML: a paper (header, every slide that discusses it, "Mentioned in", "Related"), a whole
 * note, and the start page. Built off the JavaFX thread; the page view only loads the result.
 * <p>
 * Internal links use the {@code vidatlas:} scheme: {@code paper/ID}, {@code paper/ID@NOTE@SLIDE},
 * {@code note/NOTE}, {@code category/PATH}, {@code copy-citation/ID}; see {@link Links}.
 */
public final class PageRenderer {
    /** A rendered page and the figures still to be downloaded for it (then it is rendered again). */
    public record Page(String html, List<URI> pendingDownloads) {
        public Page {
            pendingDownloads = List.copyOf(pendingDownloads);
        }
    }

    /** Where to take the reader on a page, and what to highlight there. */
    public record Target(String note, int slide, List<String> terms) {
        public static final Target NONE = new Target(null, 0, List.of());

        public Target {
            terms = List.copyOf(terms);
        }
    }

    /** What the user keeps about the paper: shown in its page's header. */
    public record Personal(boolean bookmarked, boolean compared, String note) {
        public static final Personal NONE = new Personal(false, false, "");
    }

    private static final int RELATED = 8;

    private final Catalog catalog;
    private final java.util.function.Supplier<CrossReferences> references;
    private final FigureResolver figures;
    private final PageAssets assets;
    // Filed on first use: a renderer made for the start page and the tree of a large library never links names.
    private volatile NameFinder<Paper> mentions;
    private final Map<String, Note> notes;
    private final Map<String, Paper> papers;
    private final CategoryTree tree;

    public PageRenderer(Catalog catalog, CrossReferences references, FigureResolver figures, PageAssets assets) {
        this(catalog, () -> references, figures, assets);
    }

    /**
     * @param references the cross references when they are known; until then pages show no "Mentioned in" (they
     *                   are worked out in the background for a large catalog, so the first page does not wait)
     */
    public PageRenderer(Catalog catalog, java.util.function.Supplier<CrossReferences> references, FigureResolver figures,
                        PageAssets assets) {
        this.catalog = catalog;
        this.references = references;
        this.figures = figures;
        this.assets = assets;
        this.notes = catalog.notesById();
        this.papers = catalog.byId();
        this.tree = CategoryTree.of(catalog.papers());
    }

    /** The category tree the pages link into (built once per catalog; the window's tree is this one). */
    public CategoryTree categories() {
        return tree;
    }

    // ---- pages ------------------------------------------------------------------------------------------------

    public Page paper(String id, Target target, boolean dark) {
        return paper(id, target, dark, Personal.NONE);
    }

    public Page paper(String id, Target target, boolean dark, Personal personal) {
        Paper p = papers.get(id);
        if (p == null) {
            return message("No such paper", "There is no paper “" + id + "” in the notes loaded.", dark);
        }
        List<URI> pending = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        header(p, body, personal);
        body.append("<main>\n");
        if (!personal.note().isBlank()) {
            body.append("<section class=\"my-note\"><h2>My note</h2>")
                    .append(NoteHtml.text(personal.note(), null, p.id())).append("</section>\n");
        }
        int noteIndex = 0;
        String anchor = null;
        for (Source s : p.sources()) {
            Note note = notes.get(s.note());
            if (note == null) {
                continue;
            }
            body.append("<section class=\"note\">\n<h2 class=\"note-title\"><a href=\"")
                    .append(Links.note(note.id())).append("\">").append(NoteHtml.escape(note.title()))
                    .append("</a> <span class=\"note-id\">").append(NoteHtml.escape(note.id())).append("</span></h2>\n");
            if (note.format() == NoteFormat.PLAIN_TEXT) {
                for (Annotation a : p.annotations()) {
                    if (a.note().equals(note.id()) && a.kind() == AnnotationKind.PASSAGE) {
                        String id2 = "passage-" + noteIndex + "-" + a.line();
                        anchor = anchor == null && note.id().equals(target.note()) ? id2 : anchor;
                        body.append("<article class=\"passage\" id=\"").append(id2).append("\">")
                                .append("<div class=\"slide-label\">line ").append(a.line()).append("</div>")
                                .append(NoteHtml.text(a.text(), names(), p.id())).append("</article>\n");
                    }
                }
            }
            for (int number : s.slides()) {
                String slideId = "s-" + noteIndex + "-" + number;
                if (note.id().equals(target.note()) && number == target.slide()) {
                    anchor = slideId;
                }
                body.append("<article class=\"slide\" id=\"").append(slideId).append("\">")
                        .append("<div class=\"slide-label\">").append(Slide.label(number)).append("</div>\n");
                body.append(slideContent(p, note, number, pending));
                body.append("</article>\n");
            }
            body.append("</section>\n");
            noteIndex++;
        }
        mentionedIn(p, body);
        related(p, body);
        body.append("</main>\n");
        return new Page(document(p.shortName(), body.toString(), anchor, target.terms(), dark), pending);
    }

    /** A whole note as one page, chapter by chapter; paper names link to their pages. */
    public Page note(String noteId, Target target, boolean dark) {
        Note note = notes.get(noteId);
        if (note == null) {
            return message("No such note", "There is no note “" + noteId + "” loaded.", dark);
        }
        List<URI> pending = new ArrayList<>();
        StringBuilder body = new StringBuilder("<header class=\"paper\"><div class=\"kicker\">Note</div><h1>")
                .append(NoteHtml.escape(note.title())).append("</h1><p class=\"meta\">").append(NoteHtml.escape(note.id()))
                .append(note.siteUrl() == null ? "" : " · <a class=\"external\" href=\"" + NoteHtml.escape(note.siteUrl())
                        + "\">published notes</a>").append("</p></header>\n<main>\n");
        String anchor = null;
        for (Slide s : note.slides()) {
            String id = "s-0-" + s.number();
            if (s.number() == target.slide() && target.slide() > 0) {
                anchor = id;
            }
            body.append("<article class=\"slide\" id=\"").append(id).append("\">");
            if (s.number() > 0) {
                body.append("<div class=\"slide-label\">").append(s.label()).append("</div>\n");
            }
            if (note.format() == NoteFormat.PLAIN_TEXT) {
                body.append(NoteHtml.text(s.text(), names(), null));
            } else {
                String html = NoteHtml.render(s.markdown(), note.id(), s.number(), figureHtml(pending, "fig"), names(), null);
                body.append(html).append(SlideRest.html(s, html, this::names, null));
            }
            body.append("</article>\n");
        }
        body.append("</main>\n");
        return new Page(document(note.title(), body.toString(), anchor, target.terms(), dark), pending);
    }

    /**
     * Papers side by side. Headers open each paper's page and carry controls to move or remove the column; rows
     * where the papers differ are marked; {@code hideSame} leaves out the rows where they all agree.
     */
    public Page comparison(List<String> ids, boolean hideSame, boolean dark) {
        List<Paper> list = ids.stream().map(papers::get).filter(Objects::nonNull).toList();
        if (list.size() < ComparisonTable.MIN) {
            return message("Nothing to compare yet", "Add two to six papers to the comparison: select them in "
                    + "the list (Ctrl+click) and press Compare, or use “Add to comparison” on a paper's page.", dark);
        }
        List<Paper> shown = list.subList(0, Math.min(ComparisonTable.MAX, list.size()));
        ComparisonTable table = ComparisonTable.of(shown);
        List<URI> pending = new ArrayList<>();
        NoteHtml.FigureHtml fig = figureHtml(pending, "fig thumb");
        Map<String, String> thumbs = new HashMap<>();
        for (Paper p : shown) {
            if (!p.figures().isEmpty()) {
                StringBuilder out = new StringBuilder();
                fig.write(p.figures().get(0), new org.commonmark.renderer.html.HtmlWriter(out));
                thumbs.put(p.id(), out.toString());
            }
        }
        long differing = table.rows().stream().filter(ComparisonTable.Row::differs).count();
        StringBuilder body = new StringBuilder("<header class=\"paper\"><div class=\"kicker\">Comparison</div><h1>")
                .append(NoteHtml.escape(shown.stream().map(Paper::shortName).collect(Collectors.joining(" · "))))
                .append("</h1><p class=\"meta\">").append(differing).append(" of ").append(table.rows().size())
                .append(" rows differ").append(list.size() > shown.size() ? " · only the first " + ComparisonTable.MAX
                        + " papers are shown" : "").append("</p><p class=\"actions\"><a class=\"button\" href=\"")
                .append(hideSame ? "vidatlas:compare-show-all\">Show all rows" : "vidatlas:compare-hide-same\">Hide rows that agree")
                .append("</a></p></header>\n<main>\n")
                .append(table.tableHtml(thumbs, true, hideSame)).append("</main>\n");
        return new Page(document("Comparison", body.toString(), null, List.of(), dark), pending);
    }

    /** The names this renderer links, filed once: cross references can reuse them. */
    public NameFinder<Paper> names() {
        NameFinder<Paper> m = mentions;
        if (m == null) {
            synchronized (this) {
                m = mentions;
                if (m == null) {
                    m = NameFinder.forPapers(catalog.papers(), CrossReferences.MIN_NAME);
                    mentions = m;
                }
            }
        }
        return m;
    }

    /** The start page: what is loaded and how to begin. */
    public Page home(boolean dark) {
        StringBuilder body = new StringBuilder("<header class=\"paper\"><h1>VidAtlas</h1><p class=\"title\">")
                .append(catalog.papers().size()).append(" papers from ").append(catalog.notes().size())
                .append(" notes</p></header>\n<main>\n<p>Pick a paper on the left, or search (Ctrl+K): English, "
                        + "Chinese or both, <code>\"phrases\"</code>, <code>year:2023</code>, <code>venue:ICCV</code>, "
                        + "<code>cat:</code>, <code>tag:</code>.</p>\n<h2>Notes</h2>\n<ul class=\"notes\">\n");
        for (Note n : catalog.notes()) {
            body.append("<li><a href=\"").append(Links.note(n.id())).append("\">").append(NoteHtml.escape(n.title()))
                    .append("</a> <span class=\"note-id\">").append(NoteHtml.escape(n.id())).append("</span></li>\n");
        }
        body.append("</ul>\n</main>\n");
        return new Page(document("VidAtlas", body.toString(), null, List.of(), dark), List.of());
    }

    public static Page message(String title, String text, boolean dark) {
        String body = "<header class=\"paper\"><h1>" + NoteHtml.escape(title) + "</h1></header><main><p>"
                + NoteHtml.escape(text) + "</p></main>";
        return new Page(documentWithoutAssets(title, body, dark), List.of());
    }

    // ---- parts ------------------------------------------------------------------------------------------------

    private void header(Paper p, StringBuilder b, Personal personal) {
        b.append("<header class=\"paper\">\n<div class=\"kicker\">");
        List<String> crumbs = new ArrayList<>();
        for (CategoryPath c : p.categories()) {
            List<String> parts = new ArrayList<>();
            for (CategoryPath prefix : c.prefixes()) {
                parts.add("<a href=\"" + Links.category(prefix) + "\">" + NoteHtml.escape(prefix.last()) + "</a>");
            }
            crumbs.add(String.join(" › ", parts));
        }
        b.append(String.join("<span class=\"sep\"> · </span>", crumbs)).append("</div>\n");
        b.append("<h1>").append(NoteHtml.escape(p.shortName())).append("</h1>\n");
        if (!p.shortName().equals(p.title())) {
            b.append("<p class=\"title\">").append(NoteHtml.escape(p.title())).append("</p>\n");
        }
        List<String> meta = new ArrayList<>();
        if (!p.authors().isEmpty()) {
            meta.add(NoteHtml.escape(String.join(", ", p.authors())) + (p.curated() ? " et al." : ""));
        }
        if (p.venue() != null) {
            meta.add(NoteHtml.escape(p.venue()));
        }
        if (p.year() != null && (p.venue() == null || !p.venue().contains(p.year().toString()))) {
            meta.add(p.year().toString());
        }
        if (p.arxiv() != null) {
            meta.add("arXiv " + NoteHtml.escape(p.arxiv()));
        }
        b.append("<p class=\"meta\">").append(String.join(" · ", meta)).append("</p>\n");
        if (!p.tags().isEmpty() || !p.aliases().isEmpty()) {
            b.append("<p class=\"tags\">");
            p.tags().forEach(t -> b.append("<span class=\"tag\">").append(NoteHtml.escape(t)).append("</span>"));
            if (!p.aliases().isEmpty()) {
                b.append("<span class=\"aka\">also ").append(NoteHtml.escape(String.join(", ", p.aliases())))
                        .append("</span>");
            }
            b.append("</p>\n");
        }
        b.append("<p class=\"actions\">");
        for (Link l : p.links()) {
            if (!Link.isWeb(l.url())) {
                continue;
            }
            b.append("<a class=\"external button\" href=\"").append(NoteHtml.escape(l.url())).append("\" title=\"")
                    .append(NoteHtml.escape(l.url())).append("\">").append(label(l)).append("</a> ");
        }
        b.append("<a class=\"button\" href=\"").append(Links.copyCitation(p.id())).append("\">Copy citation</a> ");
        String enc = Links.enc(p.id());
        b.append(personal.compared()
                ? "<a class=\"button on\" href=\"vidatlas:compare\" title=\"Open the comparison\">In the comparison</a> "
                : "<a class=\"button\" href=\"vidatlas:compare-add/" + enc + "\" title=\"Add this paper to the comparison\">Compare</a> ");
        b.append("<a class=\"button").append(personal.bookmarked() ? " on" : "").append("\" href=\"vidatlas:bookmark/")
                .append(enc).append("\">").append(personal.bookmarked() ? "★ On my reading list" : "☆ Reading list")
                .append("</a> ");
        b.append("<a class=\"button\" href=\"vidatlas:edit-note/").append(enc).append("\">")
                .append(personal.note().isBlank() ? "Write a note" : "Edit my note").append("</a>");
        b.append("</p>\n</header>\n");
    }

    private static String label(Link l) {
        return switch (l.kind()) {
            case CODE -> "Code";
            case ARXIV -> "arXiv";
            case READPAPERS -> "ReadPapers";
            case OTHER -> "Link";
        };
    }

    /** A slide as the paper's page shows it ({@link SlideView}): whole when the paper owns it, its part when shared. */
    private String slideContent(Paper p, Note note, int number, List<URI> pending) {
        SlideView view = SlideView.of(p, note, number);
        if (view.owned()) {
            String html = NoteHtml.render(view.markdown(), note.id(), number, figureHtml(pending, "fig"), names(), p.id());
            return html + SlideRest.html(slide(note, number), html, this::names, p.id());
        }
        StringBuilder b = new StringBuilder();
        if (!view.text().isEmpty()) {
            b.append(NoteHtml.text(view.text(), names(), p.id()));
        }
        NoteHtml.FigureHtml fig = figureHtml(pending, "fig");
        for (Figure f : view.figures()) {
            StringBuilder out = new StringBuilder("<p>");
            fig.write(f, new org.commonmark.renderer.html.HtmlWriter(out));
            b.append(out).append("</p>\n");
        }
        if (!view.annotations().isEmpty()) {
            b.append("<div class=\"annotations\">");
            for (Annotation a : view.annotations()) {
                b.append("<p>").append(a.kind() == AnnotationKind.QUESTION
                                ? "<span class=\"badge question\">Question</span>" : "<span class=\"badge note\">Note</span>")
                        .append(NoteHtml.inline(a.text(), names(), p.id())).append("</p>");
            }
            b.append("</div>\n");
        }
        b.append("<p class=\"shared\">From a slide shared with other papers; <a href=\"")
                .append(Links.note(note.id(), number)).append("\">read the whole slide</a>.</p>\n");
        return b.toString();
    }

    private static Slide slide(Note note, int number) {
        return note.slides().stream().filter(s -> s.number() == number).findFirst().orElseThrow();
    }

    /** Figures as images where they are found; {@code cssClass} styles the image ("fig", or "fig thumb"). */
    private NoteHtml.FigureHtml figureHtml(List<URI> pending, String cssClass) {
        return NoteHtml.figures(f -> {
            String name = Objects.requireNonNullElse(FigureResolver.fileName(f.src()), f.src());
            String where = NoteHtml.escape(name) + (f.slide() > 0 ? " (slide P" + f.slide() + ")" : "");
            FigureResolver.Resolution r = figures.resolveLocal(f);
            if (r instanceof FigureResolver.Found found) {
                return "<img class=\"" + cssClass + "\" src=\"" + found.dataUri() + "\" alt=\"" + NoteHtml.escape(f.caption())
                        + "\" title=\"" + where + "\">";
            }
            if (r instanceof FigureResolver.Downloadable d) {
                pending.add(d.url());
                return "<span class=\"fig-missing pending\">Figure " + where + " — downloading…</span>";
            }
            FigureResolver.Missing m = (FigureResolver.Missing) r;
            // A host the user has not answered for: the page offers to allow it (the window asks to confirm).
            String offer = m.askHost() == null ? "" : " <a href=\"" + Links.allowHost(m.askHost())
                    + "\">Allow downloads from " + NoteHtml.escape(m.askHost()) + "…</a>";
            return "<span class=\"fig-missing\">Figure " + where + " " + NoteHtml.escape(m.sentence()) + offer
                    + "</span>";
        });
    }

    private void mentionedIn(Paper p, StringBuilder b) {
        List<CrossReferences.Mention> in = references.get().mentionsOf(p.id());
        if (in.isEmpty()) {
            return;
        }
        b.append("<section class=\"mentioned-in\"><h2>Mentioned in</h2><ul>\n");
        for (CrossReferences.Mention m : in) {
            Paper from = papers.get(m.from());
            if (from == null) {
                continue;
            }
            b.append("<li><a href=\"").append(Links.paper(from.id(), m.note(), m.slide())).append("\">")
                    .append(NoteHtml.escape(from.shortName())).append("</a> <span class=\"where\">")
                    .append(NoteHtml.escape(m.note())).append(m.slide() > 0 ? " " + Slide.label(m.slide()) : "")
                    .append("</span></li>\n");
        }
        b.append("</ul></section>\n");
    }

    private void related(Paper p, StringBuilder b) {
        Set<String> ids = new LinkedHashSet<>();
        for (CategoryPath c : p.categories()) {
            CategoryTree.Node node = tree.find(c);
            if (node != null) {
                ids.addAll(node.paperIds());
            }
        }
        ids.remove(p.id());
        if (ids.isEmpty()) {
            return;
        }
        b.append("<section class=\"related\"><h2>Related</h2><p>");
        b.append(ids.stream().limit(RELATED).map(papers::get)
                .map(r -> "<a href=\"" + Links.paper(r.id()) + "\" title=\"" + NoteHtml.escape(r.title()) + "\">"
                        + NoteHtml.escape(r.shortName()) + "</a>")
                .collect(Collectors.joining(" · ")));
        b.append("</p></section>\n");
    }

    // ---- the document -----------------------------------------------------------------------------------------

    private String document(String title, String body, String anchor, List<String> terms, boolean dark) {
        String sources = assets.sources();
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                + "script-src " + sources + "; style-src " + sources + " 'unsafe-inline'; font-src " + sources
                + " data:\">\n"
                + "<title>" + NoteHtml.escape(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + NoteHtml.escape(assets.katexDir()) + "katex.min.css\">\n"
                + "<link rel=\"stylesheet\" href=\"" + NoteHtml.escape(assets.css()) + "\">\n"
                + "<script src=\"" + NoteHtml.escape(assets.katexDir()) + "katex.min.js\"></script>\n"
                + "<script src=\"" + NoteHtml.escape(assets.katexDir()) + "contrib/auto-render.min.js\"></script>\n"
                + "<script src=\"" + NoteHtml.escape(assets.script()) + "\"></script>\n"
                + "</head>\n<body class=\"" + (dark ? "dark" : "light") + "\" data-target=\""
                + (anchor == null ? "" : anchor) + "\" data-terms=\"" + NoteHtml.escape(json(terms)) + "\">\n"
                + body + "</body></html>\n";
    }

    private static String documentWithoutAssets(String title, String body, boolean dark) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + NoteHtml.escape(title)
                + "</title></head><body class=\"" + (dark ? "dark" : "light") + "\">" + body + "</body></html>";
    }

    private static String json(List<String> terms) {
        try {
            return JSON.writeValueAsString(terms); // every character escaped as JSON wants, control characters too
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The {@code vidatlas:} links pages use; the page view turns them back into places. */
    public static final class Links {
        private Links() {
        }

        public static String paper(String id) {
            return "vidatlas:paper/" + enc(id);
        }

        public static String paper(String id, String note, int slide) {
            return "vidatlas:paper/" + enc(id) + "@" + enc(note) + "@" + slide;
        }

        public static String note(String note) {
            return "vidatlas:note/" + enc(note);
        }

        public static String note(String note, int slide) {
            return "vidatlas:note/" + enc(note) + "@" + slide;
        }

        public static String category(CategoryPath path) {
            return "vidatlas:category/" + enc(path.toString());
        }

        public static String copyCitation(String id) {
            return "vidatlas:copy-citation/" + enc(id);
        }

        /** Asks to download figures from this host (see {@code FigureHosts}). */
        public static String allowHost(String host) {
            return "vidatlas:allow-host/" + enc(host);
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
